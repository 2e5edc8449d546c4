-- The report card of an event's occurrence, filled in by its organiser after it ended: visitors and how they were
-- counted, photos (berkas). What other modules know (complaints, UMKM nearby) is read live, never copied here.
create table iven.laporan (
    id bigserial primary key,
    acara_id bigint not null references iven.acara (id),
    -- the occurrence's start date in WITA: a weekly series has one card per Saturday, an annual event one per edition
    tanggal date not null,
    pengunjung int not null check (pengunjung >= 0),
    cara_hitung text not null check (cara_hitung in ('TIKET', 'PENGHITUNG', 'PERKIRAAN_KERUMUNAN', 'BUKU_TAMU')),
    catatan text,
    oleh text not null,
    dibuat timestamptz not null default now(),
    unique (acara_id, tanggal)
);

create table iven.laporan_foto (
    laporan_id bigint not null references iven.laporan (id),
    berkas uuid not null primary key,
    urutan int not null
);

create index laporan_foto_laporan on iven.laporan_foto (laporan_id, urutan);
