-- Institutions: the home institution (exactly one row with home = true) and partner institutions.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Lower-cased and accent-free text for searching ("tartu" finds "Tartu Ülikool").
CREATE FUNCTION md_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

CREATE FUNCTION md_jsonb_values(jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT coalesce(string_agg(value, ' ' ORDER BY key), '') FROM jsonb_each_text($1) $$;

CREATE TABLE institution (
    id           uuid PRIMARY KEY,
    home         boolean       NOT NULL DEFAULT false,
    name         varchar(200)  NOT NULL,
    other_names  jsonb         NOT NULL DEFAULT '{}'::jsonb,
    erasmus_code varchar(20),
    schac_code   varchar(100),
    pic          varchar(9),
    country_code char(2)       NOT NULL REFERENCES country (code),
    city         varchar(100)  NOT NULL,
    latitude     double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude    double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    website      varchar(300),
    time_zone    varchar(64),
    contacts     jsonb         NOT NULL DEFAULT '[]'::jsonb,
    notes        varchar(4000),
    status       varchar(10)   NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ARCHIVED')),
    search_text  text GENERATED ALWAYS AS (
                     md_unaccent(name || ' ' || coalesce(erasmus_code, '') || ' ' || city || ' ' || md_jsonb_values(other_names))
                 ) STORED,
    version      integer       NOT NULL DEFAULT 0,
    created_at   timestamptz   NOT NULL DEFAULT now(),
    created_by   varchar(100),
    updated_at   timestamptz   NOT NULL DEFAULT now(),
    updated_by   varchar(100),
    CHECK (home = false OR time_zone IS NOT NULL)
);

CREATE UNIQUE INDEX institution_erasmus_code_key ON institution (erasmus_code);
CREATE UNIQUE INDEX institution_single_home ON institution (home) WHERE home;
CREATE INDEX institution_country_idx ON institution (country_code);
CREATE INDEX institution_search_idx ON institution USING gin (search_text gin_trgm_ops);
CREATE INDEX institution_name_idx ON institution (lower(name));
