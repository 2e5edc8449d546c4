-- A live indicator's per-kelurahan breakdown, stored with its snapshot so the drill-down reads what was computed
-- (with the snapshot's time and source) instead of asking the module again on every page view.
create table masterplan.cuplikan_kelurahan (
    indikator_id bigint not null,
    tahun int not null,
    kelurahan text not null,
    kecamatan text not null,
    angka numeric(20, 4),
    pembilang bigint,
    penyebut bigint,
    jumlah_catatan bigint not null,
    primary key (indikator_id, tahun, kecamatan, kelurahan),
    foreign key (indikator_id, tahun) references masterplan.cuplikan (indikator_id, tahun) on delete cascade
);
