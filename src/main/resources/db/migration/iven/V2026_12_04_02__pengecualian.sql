-- One occurrence of a series cancelled (one Saturday of Kuliner Palapa): the iCalendar EXDATE, and the calendar
-- shows that date as cancelled. The change raises the event's SEQUENCE like any other.
create table iven.pengecualian (
    acara_id bigint not null references iven.acara (id),
    -- the cancelled occurrence's start date in WITA
    tanggal date not null,
    primary key (acara_id, tanggal)
);
