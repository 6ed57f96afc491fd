// Our shipped declarations (dist/index.d.ts) against axios 1.21.1's own:
// every name axios exports exists here, every option an axios config can
// hold is accepted, and what we hand back satisfies axios's types. A
// mismatch is a compile error, so `npm run typecheck` fails on drift.
import type * as Ref from 'axios-reference';
import type * as Our from '../../dist/index';
import refAxios from 'axios-reference';
import ourAxios from '../../dist/index';

type Assert<T extends true> = T;
/** Keys of A that B lacks: must be never. */
type Missing<A, B> = Exclude<keyof A, keyof B>;
type NoneMissing<A, B> = [Missing<A, B>] extends [never] ? true : { missing: Missing<A, B> };
type Assignable<From, To> = [From] extends [To] ? true : false;

// Every exported name, as a type.
type Names = [
  Our.Axios, Our.AxiosError, Our.AxiosHeaders, Our.CanceledError, Our.HttpStatusCode,
  Our.AxiosAdapter, Our.AxiosBasicCredentials, Our.AxiosDefaults, Our.AxiosInstance,
  Our.AxiosInterceptorManager<Our.AxiosResponse>, Our.AxiosInterceptorOptions, Our.AxiosProgressEvent,
  Our.AxiosProxyConfig, Our.AxiosRequestConfig, Our.AxiosRequestTransformer, Our.AxiosResponse,
  Our.AxiosResponseDefault, Our.AxiosResponseTransformer, Our.AxiosStatic, Our.Cancel, Our.CancelStatic,
  Our.CancelToken, Our.CancelTokenSource, Our.CancelTokenStatic, Our.Canceler, Our.CreateAxiosDefaults,
  Our.CustomParamsSerializer, Our.FormDataVisitorHelpers, Our.FormSerializerOptions, Our.GenericAbortSignal,
  Our.GenericFormData, Our.GenericHTMLFormElement, Our.HeadersDefaults, Our.InternalAxiosRequestConfig,
  Our.LookupAddressEntry, Our.ParamEncoder, Our.ParamsSerializerOptions, Our.RawAxiosHeaders,
  Our.SerializerOptions, Our.SerializerVisitor, Our.TransitionalOptions, Our.AddressFamily,
  Our.AxiosHeaderParameters, Our.AxiosHeaderValue, Our.AxiosPromise, Our.AxiosRequestHeaders,
  Our.AxiosResponseHeaders, Our.LookupAddress, Our.Method, Our.RawAxiosRequestConfig,
  Our.RawAxiosRequestHeaders, Our.RawAxiosResponseHeaders, Our.ResponseType, Our.responseEncoding,
];

// Every exported value.
type ValueNames = Assert<NoneMissing<typeof import('axios-reference'), typeof import('../../dist/index')>>;
type StaticNames = Assert<NoneMissing<Ref.AxiosStatic, Our.AxiosStatic>>;

// Options and inputs: everything axios accepts, we accept.
type ConfigKeys = Assert<NoneMissing<Ref.AxiosRequestConfig, Our.AxiosRequestConfig>>;
type InternalKeys = Assert<NoneMissing<Ref.InternalAxiosRequestConfig, Our.InternalAxiosRequestConfig>>;
type CreateKeys = Assert<NoneMissing<Ref.CreateAxiosDefaults, Our.CreateAxiosDefaults>>;
type TransitionalKeys = Assert<NoneMissing<Ref.TransitionalOptions, Our.TransitionalOptions>>;
type SerializerKeys = Assert<NoneMissing<Ref.ParamsSerializerOptions, Our.ParamsSerializerOptions>>;
type HeadersDefaultsKeys = Assert<NoneMissing<Ref.HeadersDefaults, Our.HeadersDefaults>>;
type ConfigAccepted = Assert<Assignable<Ref.AxiosRequestConfig, Our.AxiosRequestConfig>>;
type CreateAccepted = Assert<Assignable<Ref.CreateAxiosDefaults, Our.CreateAxiosDefaults>>;
type MethodAccepted = Assert<Assignable<Ref.Method, Our.Method>>;
type ResponseTypeAccepted = Assert<Assignable<Ref.ResponseType, Our.ResponseType>>;
type RawHeadersAccepted = Assert<Assignable<Ref.RawAxiosRequestHeaders, Our.RawAxiosRequestHeaders>>;

// Outputs: what we give back has everything axios's types promise.
type ResponseKeys = Assert<NoneMissing<Ref.AxiosResponse, Our.AxiosResponse>>;
type ProgressKeys = Assert<NoneMissing<Ref.AxiosProgressEvent, Our.AxiosProgressEvent>>;
type ErrorKeys = Assert<NoneMissing<Ref.AxiosError, Our.AxiosError>>;
type ErrorStatics = Assert<NoneMissing<typeof refAxios.AxiosError, Our.AxiosStatic['AxiosError']>>;
type HeadersKeys = Assert<NoneMissing<Ref.AxiosHeaders, Our.AxiosHeaders>>;
type HeadersStatics = Assert<NoneMissing<typeof refAxios.AxiosHeaders, Our.AxiosStatic['AxiosHeaders']>>;
type InstanceKeys = Assert<NoneMissing<Ref.AxiosInstance, Our.AxiosInstance>>;
type AxiosKeys = Assert<NoneMissing<Ref.Axios, Our.Axios>>;
type CancelTokenKeys = Assert<NoneMissing<Ref.CancelToken, Our.CancelToken>>;
type StatusCodes = Assert<NoneMissing<typeof refAxios.HttpStatusCode, Our.AxiosStatic['HttpStatusCode']>>;
type ResponseFits = Assert<Assignable<Our.AxiosResponse<{ a: 1 }>, Ref.AxiosResponse<{ a: 1 }>>>;
type ProgressFits = Assert<Assignable<Our.AxiosProgressEvent, Ref.AxiosProgressEvent>>;

// Instances go where packages built on axios expect axios's (axios-mock-adapter,
// axios-retry, axios-cache-interceptor take one), and the other way round.
type InstanceFits = Assert<Assignable<Our.AxiosInstance, Ref.AxiosInstance>>;
type StaticFits = Assert<Assignable<Our.AxiosStatic, Ref.AxiosStatic>>;
type AxiosFits = Assert<Assignable<Our.Axios, Ref.Axios>>;
type RefInstanceFits = Assert<Assignable<Ref.AxiosInstance, Our.AxiosInstance>>;
type RefAxiosFits = Assert<Assignable<Ref.Axios, Our.Axios>>;

// The default exports line up, member for member.
export const sameDefault: Assert<NoneMissing<typeof refAxios, typeof ourAxios>> = true;

export type Checks = [
  Names, ValueNames, StaticNames, ConfigKeys, InternalKeys, CreateKeys, TransitionalKeys, SerializerKeys,
  HeadersDefaultsKeys, ConfigAccepted, CreateAccepted, MethodAccepted, ResponseTypeAccepted, RawHeadersAccepted,
  ResponseKeys, ProgressKeys, ErrorKeys, ErrorStatics, HeadersKeys, HeadersStatics, InstanceKeys, AxiosKeys,
  CancelTokenKeys, StatusCodes, ResponseFits, ProgressFits, InstanceFits, StaticFits, AxiosFits, RefInstanceFits,
  RefAxiosFits,
];
