-- The territorial reference, its provenance, indicators, flows, facilities and the cooperation
-- register. Runs unchanged on PGlite (PostgreSQL 18, PostGIS 3.6) and on PostgreSQL 15 with
-- PostGIS 3.3: only features both have.

-- Every write belongs to an operation that knows its author (an import, an edit, a migration).
create table operation (
  id          bigserial primary key,
  kind        text not null,
  author      text not null,
  author_kind text not null default 'user',
  status      text not null default 'running'
              check (status in ('running', 'succeeded', 'failed', 'rolled_back', 'cancelled')),
  started_at  timestamptz not null default now(),
  finished_at timestamptz,
  params      jsonb not null default '{}'::jsonb,
  report      jsonb,
  error       jsonb
);

-- The files an operation read; records point at their file and row.
create table source_file (
  id       bigserial primary key,
  op_id    bigint not null references operation(id),
  name     text not null,
  bytes    bigint,
  sha256   text,
  encoding text
);

create table country (
  code      text primary key,
  name_fr   text not null,
  name_ar   text,
  name_zgh  text,
  name_en   text,
  fictional boolean not null default false,
  op_id     bigint not null references operation(id)
);

create table territorial_level (
  country_code     text not null references country(code) on delete cascade,
  id               text not null,
  rank             integer not null,
  name_fr          text not null,
  name_ar          text,
  name_zgh         text,
  name_en          text,
  parent_levels    text[] not null default '{}',
  kinds            text[] not null default '{}',
  expects_boundary boolean not null default false,
  primary key (country_code, id)
);

-- A unit is one version of a commune, cercle, province…: a split or merge closes the old version
-- (valid_to) and opens new ones, so series stay attached to the right territory.
create table unit (
  id           bigserial primary key,
  country_code text not null,
  level_id     text not null,
  code         text not null,
  kind         text,
  name_fr      text,
  name_ar      text,
  name_zgh     text,
  name_en      text,
  parent_id    bigint references unit(id),
  valid_from   date,
  valid_to     date,
  op_id        bigint not null references operation(id),
  src_file_id  bigint references source_file(id),
  src_row      integer,
  foreign key (country_code, level_id) references territorial_level(country_code, id),
  check (valid_to is null or valid_from is null or valid_to > valid_from)
);
create unique index unit_current_code on unit (country_code, level_id, code) where valid_to is null;
create index unit_parent on unit (parent_id);
create index unit_level on unit (country_code, level_id);

-- Other codes the same unit is known by: digits-only HCP codes, the 2014 census code, INSEE 2018.
create table unit_alias (
  unit_id bigint not null references unit(id) on delete cascade,
  scheme  text not null,
  code    text not null,
  primary key (scheme, code, unit_id)
);
create index unit_alias_unit on unit_alias (unit_id);

create table unit_boundary (
  unit_id     bigint primary key references unit(id) on delete cascade,
  geom        geometry(MultiPolygon, 4326) not null,
  area_km2    double precision not null,
  repaired    boolean not null default false,
  op_id       bigint not null references operation(id),
  src_file_id bigint references source_file(id),
  src_row     integer
);
create index unit_boundary_geom on unit_boundary using gist (geom);

-- Indicators are defined per country: each statistical office names, sources and aggregates
-- its own (HCP's population is not INSEE's).
create table indicator (
  country_code text not null references country(code) on delete cascade,
  id           text not null,
  label_fr     text not null,
  label_ar     text,
  label_en     text,
  unit         text,
  source       text,
  aggregation  text not null check (aggregation in ('sum', 'mean', 'weighted_mean', 'none')),
  weight_id    text,
  min_value    double precision,
  max_value    double precision,
  op_id        bigint not null references operation(id),
  primary key (country_code, id),
  foreign key (country_code, weight_id) references indicator(country_code, id)
);

create table indicator_value (
  country_code text not null,
  indicator_id text not null,
  unit_id      bigint not null references unit(id) on delete cascade,
  year         integer not null,
  value        double precision,
  note         text,
  op_id        bigint not null references operation(id),
  src_file_id  bigint references source_file(id),
  src_row      integer,
  primary key (indicator_id, unit_id, year),
  foreign key (country_code, indicator_id) references indicator(country_code, id)
);
create index indicator_value_unit on indicator_value (unit_id);

create table flow_dataset (
  id           bigserial primary key,
  country_code text not null references country(code),
  key          text not null,
  name         text not null,
  kind         text not null,
  year         integer not null,
  value_unit   text,
  op_id        bigint not null references operation(id),
  src_file_id  bigint references source_file(id),
  unique (country_code, key)
);

create table flow (
  dataset_id     bigint not null references flow_dataset(id) on delete cascade,
  origin_id      bigint not null references unit(id),
  destination_id bigint not null references unit(id),
  value          double precision not null check (value >= 0),
  src_row        integer,
  primary key (dataset_id, origin_id, destination_id)
);
create index flow_destination on flow (dataset_id, destination_id);

create table facility (
  id           bigserial primary key,
  country_code text not null references country(code),
  category     text not null,
  name         text,
  geom         geometry(Point, 4326) not null,
  unit_id      bigint references unit(id),
  attributes   jsonb not null default '{}'::jsonb,
  op_id        bigint not null references operation(id),
  src_file_id  bigint references source_file(id),
  src_row      integer
);
create index facility_geom on facility using gist (geom);
create index facility_category on facility (country_code, category);

create table coop_body (
  id           bigserial primary key,
  country_code text not null references country(code),
  code         text not null,
  name         text not null,
  type         text not null
               check (type in ('eci', 'gct', 'convention', 'agglomeration', 'reciprocity_contract', 'epci', 'other')),
  subtype      text,
  legal_basis  text,
  competences  text[] not null default '{}',
  status       text,
  created_on   date,
  dissolved_on date,
  notes        text,
  source_url   text,
  op_id        bigint not null references operation(id),
  src_file_id  bigint references source_file(id),
  src_row      integer,
  unique (country_code, code)
);

create table coop_membership (
  id          bigserial primary key,
  body_id     bigint not null references coop_body(id) on delete cascade,
  unit_id     bigint not null references unit(id),
  joined_on   date,
  left_on     date,
  role        text,
  op_id       bigint not null references operation(id),
  src_file_id bigint references source_file(id),
  src_row     integer,
  check (left_on is null or joined_on is null or left_on >= joined_on)
);
create unique index coop_membership_once
  on coop_membership (body_id, unit_id, coalesce(joined_on, '0001-01-01'::date));
create index coop_membership_unit on coop_membership (unit_id);

create table coop_event (
  id          bigserial primary key,
  body_id     bigint not null references coop_body(id) on delete cascade,
  occurred_on date,
  kind        text not null,
  description text,
  source_url  text,
  op_id       bigint not null references operation(id),
  src_file_id bigint references source_file(id),
  src_row     integer
);
