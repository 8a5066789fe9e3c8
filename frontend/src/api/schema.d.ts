/**
 * Hand-written stand-in in the shape openapi-typescript produces, until the backend
 * generates ../openapi.yaml; `npm run openapi` replaces this file.
 */

export interface paths {
  '/api/v1/institutions': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          q?: string;
          country?: string;
          region?: number;
          status?: components['schemas']['InstitutionStatus'];
          sort?: string;
          page?: number;
          size?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: { 'application/json': components['schemas']['InstitutionPage'] };
        };
        400: {
          headers: { [name: string]: unknown };
          content: { 'application/problem+json': components['schemas']['Problem'] };
        };
      };
    };
    put?: never;
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: {
        content: { 'application/json': components['schemas']['InstitutionInput'] };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: { 'application/json': components['schemas']['Institution'] };
        };
        400: {
          headers: { [name: string]: unknown };
          content: { 'application/problem+json': components['schemas']['Problem'] };
        };
        409: {
          headers: { [name: string]: unknown };
          content: { 'application/problem+json': components['schemas']['Problem'] };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/institutions/{id}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: { 'application/json': components['schemas']['Institution'] };
        };
        404: {
          headers: { [name: string]: unknown };
          content: { 'application/problem+json': components['schemas']['Problem'] };
        };
      };
    };
    put: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody: {
        content: { 'application/json': components['schemas']['InstitutionInput'] };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: { 'application/json': components['schemas']['Institution'] };
        };
        400: {
          headers: { [name: string]: unknown };
          content: { 'application/problem+json': components['schemas']['Problem'] };
        };
        409: {
          headers: { [name: string]: unknown };
          content: { 'application/problem+json': components['schemas']['Problem'] };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/institutions/{id}/archive': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody: {
        content: { 'application/json': components['schemas']['VersionInput'] };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: { 'application/json': components['schemas']['Institution'] };
        };
        409: {
          headers: { [name: string]: unknown };
          content: { 'application/problem+json': components['schemas']['Problem'] };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/institutions/{id}/restore': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody: {
        content: { 'application/json': components['schemas']['VersionInput'] };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: { 'application/json': components['schemas']['Institution'] };
        };
        409: {
          headers: { [name: string]: unknown };
          content: { 'application/problem+json': components['schemas']['Problem'] };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/home-institution': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: { 'application/json': components['schemas']['Institution'] };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reference/countries': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: { callYear?: number };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: { 'application/json': components['schemas']['CountryView'][] };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Contact: {
      name: string;
      role?: string;
      email?: string;
      phone?: string;
    };
    CountryView: {
      code: string;
      name: string;
      names: components['schemas']['LocalizedNames'];
      side: components['schemas']['ProgrammeSide'];
      callYear: number;
      receivingGroup?: number;
      partnerRegion?: number;
      regionConfidence?: string;
    };
    FieldError: {
      field: string;
      message: string;
    };
    Institution: {
      id: string;
      name: string;
      otherNames: { [key: string]: string };
      erasmusCode?: string;
      schacCode?: string;
      pic?: string;
      countryCode: string;
      countryName: string;
      city: string;
      latitude: number;
      longitude: number;
      website?: string;
      status: components['schemas']['InstitutionStatus'];
      contacts?: components['schemas']['Contact'][];
      notes?: string;
      timeZone?: string;
      version: number;
      updatedAt: string;
    };
    InstitutionInput: {
      name: string;
      otherNames?: { [key: string]: string };
      erasmusCode?: string;
      schacCode?: string;
      pic?: string;
      countryCode: string;
      city: string;
      latitude: number;
      longitude: number;
      website?: string;
      contacts?: components['schemas']['Contact'][];
      notes?: string;
      timeZone?: string;
      version?: number;
    };
    InstitutionPage: {
      items: components['schemas']['Institution'][];
      page: number;
      size: number;
      total: number;
    };
    /** @enum {string} */
    InstitutionStatus: 'ACTIVE' | 'ARCHIVED';
    LocalizedNames: {
      en: string;
      ru: string;
      ky: string;
      kk: string;
    };
    Problem: {
      type: string;
      title: string;
      status: number;
      detail?: string;
      instance?: string;
      correlationId?: string;
      errors?: components['schemas']['FieldError'][];
    };
    /** @enum {string} */
    ProgrammeSide: 'EU' | 'ASSOCIATED' | 'PARTNER' | 'NOT_ELIGIBLE';
    VersionInput: {
      version: number;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
