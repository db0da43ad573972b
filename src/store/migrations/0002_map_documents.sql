-- Saved map documents (see src/core/map/document.ts): what is drawn and how, versioned JSON.
create table map_document (
  id           bigserial primary key,
  country_code text not null references country(code) on delete cascade,
  name         text not null,
  document     jsonb not null,
  version      integer not null,
  created_op   bigint not null references operation(id),
  updated_op   bigint not null references operation(id),
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now()
);
create index map_document_country on map_document (country_code, updated_at desc);
