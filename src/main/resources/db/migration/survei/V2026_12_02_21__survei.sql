-- The community satisfaction survey (SKM, PermenPANRB 14/2017): one answer per completed application.
create schema if not exists survei;

create table survei.jawaban (
    id bigserial primary key,
    -- the application it is about: answered once (the unique key turns a second answer into 409)
    permohonan_kode text not null unique,
    -- the service and the unit it measures, as the engine knew them at completion
    alur_kode text not null,
    alur_nama text not null,
    opd_id bigint not null,
    unit text,
    -- the nine elements in the regulation's order, each 1 (worst) to 4 (best)
    u1 smallint not null check (u1 between 1 and 4),
    u2 smallint not null check (u2 between 1 and 4),
    u3 smallint not null check (u3 between 1 and 4),
    u4 smallint not null check (u4 between 1 and 4),
    u5 smallint not null check (u5 between 1 and 4),
    u6 smallint not null check (u6 between 1 and 4),
    u7 smallint not null check (u7 between 1 and 4),
    u8 smallint not null check (u8 between 1 and 4),
    u9 smallint not null check (u9 between 1 and 4),
    -- optional respondent data the regulation's questionnaire lists
    umur text,
    jenis_kelamin text,
    pendidikan text,
    pekerjaan text,
    saran text,
    dijawab_pada timestamptz not null
);

create index jawaban_waktu on survei.jawaban (dijawab_pada);
