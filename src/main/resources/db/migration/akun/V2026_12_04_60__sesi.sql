-- Sessions of signed-in staff in PostgreSQL (Spring Session JDBC), so that every instance behind a
-- load balancer knows them. The layout is Spring Session's own (schema-postgresql.sql of
-- spring-session-jdbc 4.0), under the akun schema: spring.session.jdbc.table-name = akun.sesi.
create table akun.sesi (
	primary_id char(36) not null,
	session_id char(36) not null,
	creation_time bigint not null,
	last_access_time bigint not null,
	max_inactive_interval int not null,
	expiry_time bigint not null,
	principal_name varchar(100),
	constraint sesi_pk primary key (primary_id)
);

create unique index sesi_ix1 on akun.sesi (session_id);
create index sesi_ix2 on akun.sesi (expiry_time);
create index sesi_ix3 on akun.sesi (principal_name);

create table akun.sesi_attributes (
	session_primary_id char(36) not null,
	attribute_name varchar(200) not null,
	attribute_bytes bytea not null,
	constraint sesi_attributes_pk primary key (session_primary_id, attribute_name),
	constraint sesi_attributes_fk foreign key (session_primary_id) references akun.sesi (primary_id) on delete cascade
);
