package id.kotacerdas.iven.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AcaraRepository {

	private static final String KOLOM = """
			select id, uid, judul, deskripsi, jenis, kelurahan_kode, tempat, lat, lon, mulai, selesai, rrule, penyelenggara_jenis,
			       penyelenggara, kontak, poster, berbayar, harga, event_kelurahan, status, mulai_sebelumnya, urutan, permohonan_kode,
			       diajukan_oleh, diubah,
			       array(select x.tanggal from iven.pengecualian x where x.acara_id = iven.acara.id order by x.tanggal) dikecualikan
			from iven.acara
			""";

	private final JdbcClient jdbc;

	AcaraRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long tambah(Acara a) {
		return jdbc.sql("""
				insert into iven.acara (uid, judul, deskripsi, jenis, kelurahan_kode, tempat, lat, lon, mulai, selesai, rrule,
				    penyelenggara_jenis, penyelenggara, kontak, poster, berbayar, harga, event_kelurahan, status, urutan, diajukan_oleh)
				values (:uid, :judul, :deskripsi, :jenis, :kel, :tempat, :lat, :lon, :mulai, :selesai, :rrule, :pj, :p, :kontak, :poster,
				    :berbayar, :harga, :ek, :status, 0, :oleh)
				returning id
				""")
			.param("uid", a.uid()).param("judul", a.judul()).param("deskripsi", a.deskripsi()).param("jenis", a.jenis().name())
			.param("kel", a.kelurahanKode()).param("tempat", a.tempat()).param("lat", a.lat()).param("lon", a.lon())
			.param("mulai", Timestamp.from(a.mulai())).param("selesai", Timestamp.from(a.selesai())).param("rrule", a.rrule())
			.param("pj", a.penyelenggaraJenis().name()).param("p", a.penyelenggara()).param("kontak", a.kontak())
			.param("poster", a.poster()).param("berbayar", a.berbayar()).param("harga", a.harga()).param("ek", a.eventKelurahan())
			.param("status", a.status().name()).param("oleh", a.diajukanOleh())
			.query(Long.class).single();
	}

	void tandaiPermohonan(long id, String kode) {
		jdbc.sql("update iven.acara set permohonan_kode = ? where id = ?").param(kode).param(id).update();
	}

	/**
	 * Stores a change decided by {@link Acara} and its line in the history, under the sequence the change was based
	 * on: two officers postponing at once change it once (the second gets false).
	 */
	boolean simpanPerubahan(Acara lama, Acara baru, String tindakan, String catatan, String oleh) {
		int n = jdbc.sql("""
				update iven.acara set status = :status, mulai = :mulai, selesai = :selesai, mulai_sebelumnya = :sebelumnya,
				    urutan = :urutan, diubah = :diubah
				where id = :id and urutan = :urutanLama and status = :statusLama
				""")
			.param("status", baru.status().name()).param("mulai", Timestamp.from(baru.mulai())).param("selesai", Timestamp.from(baru.selesai()))
			.param("sebelumnya", baru.mulaiSebelumnya() == null ? null : Timestamp.from(baru.mulaiSebelumnya()))
			.param("urutan", baru.urutan()).param("diubah", Timestamp.from(baru.diubah())).param("id", lama.id())
			.param("urutanLama", lama.urutan()).param("statusLama", lama.status().name())
			.update();
		if (n == 0) {
			return false;
		}
		jdbc.sql("""
				insert into iven.riwayat (acara_id, urutan, tindakan, mulai, selesai, status, catatan, oleh, waktu)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(baru.id(), baru.urutan(), tindakan, Timestamp.from(baru.mulai()), Timestamp.from(baru.selesai()), baru.status().name(),
					catatan, oleh, Timestamp.from(baru.diubah()))
			.update();
		return true;
	}

	/**
	 * Stores one cancelled occurrence of a series under the sequence the person saw (false when outdated), with its
	 * line in the history (the occurrence's start and end).
	 */
	boolean simpanPengecualian(Acara lama, Acara baru, java.time.ZonedDateTime kemunculan, String catatan, String oleh) {
		int n = jdbc.sql("update iven.acara set urutan = ?, diubah = ? where id = ? and urutan = ? and status = ?")
			.params(baru.urutan(), Timestamp.from(baru.diubah()), lama.id(), lama.urutan(), lama.status().name()).update();
		if (n == 0) {
			return false;
		}
		jdbc.sql("insert into iven.pengecualian (acara_id, tanggal) values (?, ?)")
			.params(lama.id(), java.sql.Date.valueOf(kemunculan.toLocalDate())).update();
		jdbc.sql("""
				insert into iven.riwayat (acara_id, urutan, tindakan, mulai, selesai, status, catatan, oleh, waktu)
				values (?, ?, 'batal-satu', ?, ?, ?, ?, ?, ?)
				""")
			.params(baru.id(), baru.urutan(), Timestamp.from(kemunculan.toInstant()), Timestamp.from(kemunculan.toInstant().plus(baru.lama())),
					baru.status().name(), catatan, oleh, Timestamp.from(baru.diubah()))
			.update();
		return true;
	}

	/**
	 * Stores an edit of the public text under the sequence the person saw (false when outdated): the earlier version
	 * kept in {@code iven.versi}, a history line naming the fields changed.
	 */
	boolean simpanIsi(Acara lama, Acara baru, List<String> beda, String oleh) {
		int n = jdbc.sql("""
				update iven.acara set judul = :judul, deskripsi = :deskripsi, tempat = :tempat, kontak = :kontak, berbayar = :berbayar,
				    harga = :harga, urutan = :urutan, diubah = :diubah
				where id = :id and urutan = :urutanLama and status = :status
				""")
			.param("judul", baru.judul()).param("deskripsi", baru.deskripsi()).param("tempat", baru.tempat()).param("kontak", baru.kontak())
			.param("berbayar", baru.berbayar()).param("harga", baru.harga()).param("urutan", baru.urutan())
			.param("diubah", Timestamp.from(baru.diubah())).param("id", lama.id()).param("urutanLama", lama.urutan())
			.param("status", lama.status().name())
			.update();
		if (n == 0) {
			return false;
		}
		jdbc.sql("""
				insert into iven.versi (acara_id, urutan, judul, deskripsi, tempat, kontak, berbayar, harga, oleh, waktu)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(lama.id(), lama.urutan(), lama.judul(), lama.deskripsi(), lama.tempat(), lama.kontak(), lama.berbayar(), lama.harga(), oleh,
					Timestamp.from(baru.diubah()))
			.update();
		jdbc.sql("""
				insert into iven.riwayat (acara_id, urutan, tindakan, mulai, selesai, status, catatan, oleh, waktu)
				values (?, ?, 'ubah', ?, ?, ?, ?, ?, ?)
				""")
			.params(baru.id(), baru.urutan(), Timestamp.from(baru.mulai()), Timestamp.from(baru.selesai()), baru.status().name(),
					String.join(",", beda), oleh, Timestamp.from(baru.diubah()))
			.update();
		return true;
	}

	/** An earlier version of an event's public text. */
	record Versi(int urutan, String judul, String deskripsi, String tempat, String kontak, boolean berbayar, Long harga, String oleh,
			Instant waktu) {
	}

	List<Versi> versi(long acaraId) {
		return jdbc.sql("select urutan, judul, deskripsi, tempat, kontak, berbayar, harga, oleh, waktu from iven.versi where acara_id = ? order by urutan")
			.param(acaraId)
			.query((rs, i) -> new Versi(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6),
					rs.getObject(7, Long.class), rs.getString(8), rs.getTimestamp(9).toInstant()))
			.list();
	}

	Optional<Acara> cari(long id) {
		return jdbc.sql(KOLOM + " where id = ?").param(id).query(AcaraRepository::baris).optional();
	}

	Optional<Acara> cariPermohonan(String kode) {
		return jdbc.sql(KOLOM + " where permohonan_kode = ?").param(kode).query(AcaraRepository::baris).optional();
	}

	/** A poster is public while its event is (not while submitted, refused or withdrawn). */
	boolean posterPublik(UUID poster) {
		return jdbc.sql("select exists (select 1 from iven.acara where poster = ? and status in ('DIJADWALKAN', 'DITUNDA', 'DIBATALKAN'))")
			.param(poster).query(Boolean.class).single();
	}

	boolean adaJudul(String judul) {
		return jdbc.sql("select exists (select 1 from iven.acara where judul = ?)").param(judul).query(Boolean.class).single();
	}

	/** The filter of the calendar and feeds; null fields do not filter. */
	record Saringan(List<String> kelurahan, JenisAcara jenis) {

		static final Saringan KOTA = new Saringan(null, null);
	}

	/**
	 * Public events (scheduled, postponed, cancelled) that may have an occurrence in [{@code dari}, {@code sampai}):
	 * a one-off event overlapping it, or a series that started before its end (the rule decides the rest).
	 */
	List<Acara> publik(Saringan s, Instant dari, Instant sampai) {
		return jdbc.sql(KOLOM + """
				 where status in ('DIJADWALKAN', 'DITUNDA', 'DIBATALKAN')
				   and (cast(:kel as text[]) is null or kelurahan_kode = any(cast(:kel as text[])))
				   and (cast(:jenis as text) is null or jenis = cast(:jenis as text))
				   and mulai < :sampai and (rrule is not null or selesai > :dari)
				 order by mulai, id
				""")
			.param("kel", s.kelurahan() == null ? null : s.kelurahan().toArray(String[]::new))
			.param("jenis", s.jenis() == null ? null : s.jenis().name())
			.param("dari", Timestamp.from(dari)).param("sampai", Timestamp.from(sampai))
			.query(AcaraRepository::baris).list();
	}

	/** Every public event of the filter, newest change first: the feeds carry all of them (a calendar keeps its past). */
	List<Acara> semuaPublik(Saringan s, int batas) {
		return jdbc.sql(KOLOM + """
				 where status in ('DIJADWALKAN', 'DITUNDA', 'DIBATALKAN')
				   and (cast(:kel as text[]) is null or kelurahan_kode = any(cast(:kel as text[])))
				   and (cast(:jenis as text) is null or jenis = cast(:jenis as text))
				 order by diubah desc, id desc limit :batas
				""")
			.param("kel", s.kelurahan() == null ? null : s.kelurahan().toArray(String[]::new))
			.param("jenis", s.jenis() == null ? null : s.jenis().name()).param("batas", batas)
			.query(AcaraRepository::baris).list();
	}

	/** The latest change among the filter's public events: the feeds' Last-Modified. */
	Optional<Instant> perubahanTerakhir(Saringan s) {
		return jdbc.sql("""
				select max(diubah) from iven.acara
				 where status in ('DIJADWALKAN', 'DITUNDA', 'DIBATALKAN')
				   and (cast(:kel as text[]) is null or kelurahan_kode = any(cast(:kel as text[])))
				   and (cast(:jenis as text) is null or jenis = cast(:jenis as text))
				""")
			.param("kel", s.kelurahan() == null ? null : s.kelurahan().toArray(String[]::new))
			.param("jenis", s.jenis() == null ? null : s.jenis().name())
			.query((rs, i) -> rs.getTimestamp(1)).optional().map(Timestamp::toInstant);
	}

	/** For the staff list: the events a person submitted, or all (null). */
	List<Acara> untukStaf(String diajukanOleh, int batas) {
		return jdbc.sql(KOLOM + " where (cast(:oleh as text) is null or diajukan_oleh = cast(:oleh as text)) order by dibuat desc limit :batas")
			.param("oleh", diajukanOleh).param("batas", batas).query(AcaraRepository::baris).list();
	}

	/** The public events of one organiser in one kelurahan, earliest first: the candidates of an event's series. */
	List<Acara> sePenyelenggara(String penyelenggara, String kelurahanKode) {
		return jdbc.sql(KOLOM + """
				 where penyelenggara = ? and kelurahan_kode = ? and status in ('DIJADWALKAN', 'DITUNDA', 'DIBATALKAN')
				 order by mulai, id
				""")
			.params(penyelenggara, kelurahanKode).query(AcaraRepository::baris).list();
	}

	record Riwayat(int urutan, String tindakan, Instant mulai, Instant selesai, StatusAcara status, String catatan, String oleh,
			Instant waktu) {
	}

	List<Riwayat> riwayat(long acaraId) {
		return jdbc.sql("select urutan, tindakan, mulai, selesai, status, catatan, oleh, waktu from iven.riwayat where acara_id = ? order by id")
			.param(acaraId)
			.query((rs, i) -> new Riwayat(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(),
					StatusAcara.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
			.list();
	}

	/**
	 * The kelurahan whose annual Event Kelurahan took place in [{@code dari}, {@code sampai}): scheduled or postponed
	 * (not cancelled), started in the period and before {@code sekarang}.
	 */
	List<String> kelurahanBerevent(Instant dari, Instant sampai, Instant sekarang) {
		return jdbc.sql("""
				select distinct kelurahan_kode from iven.acara
				 where event_kelurahan and status in ('DIJADWALKAN', 'DITUNDA')
				   and mulai >= :dari and mulai < :sampai and mulai <= :sekarang
				 order by 1
				""")
			.param("dari", Timestamp.from(dari)).param("sampai", Timestamp.from(sampai)).param("sekarang", Timestamp.from(sekarang))
			.query(String.class).list();
	}

	/** Public events per month of start, kelurahan and type, for the open dataset. */
	record Angka(java.time.YearMonth bulan, String kelurahan, JenisAcara jenis, long dijadwalkan, long dibatalkan, long berulang) {
	}

	List<Angka> angka() {
		return jdbc.sql("""
				select to_char(mulai at time zone 'Asia/Makassar', 'YYYY-MM') bulan, kelurahan_kode, jenis,
				       count(*) filter (where status <> 'DIBATALKAN'), count(*) filter (where status = 'DIBATALKAN'),
				       count(*) filter (where rrule is not null and status <> 'DIBATALKAN')
				from iven.acara where status in ('DIJADWALKAN', 'DITUNDA', 'DIBATALKAN')
				group by 1, 2, 3 order by 1, 2, 3
				""")
			.query((rs, i) -> new Angka(java.time.YearMonth.parse(rs.getString(1)), rs.getString(2), JenisAcara.valueOf(rs.getString(3)),
					rs.getLong(4), rs.getLong(5), rs.getLong(6)))
			.list();
	}

	private static Acara baris(ResultSet rs, int i) throws SQLException {
		Timestamp sebelumnya = rs.getTimestamp("mulai_sebelumnya");
		long harga = rs.getLong("harga");
		Long hargaAtauNull = rs.wasNull() ? null : harga;
		return new Acara(rs.getLong("id"), rs.getObject("uid", UUID.class), rs.getString("judul"), rs.getString("deskripsi"),
				JenisAcara.valueOf(rs.getString("jenis")), rs.getString("kelurahan_kode"), rs.getString("tempat"), rs.getDouble("lat"),
				rs.getDouble("lon"), rs.getTimestamp("mulai").toInstant(), rs.getTimestamp("selesai").toInstant(), rs.getString("rrule"),
				PenyelenggaraJenis.valueOf(rs.getString("penyelenggara_jenis")), rs.getString("penyelenggara"), rs.getString("kontak"),
				rs.getObject("poster", UUID.class), rs.getBoolean("berbayar"), hargaAtauNull, rs.getBoolean("event_kelurahan"),
				StatusAcara.valueOf(rs.getString("status")), sebelumnya == null ? null : sebelumnya.toInstant(), rs.getInt("urutan"),
				rs.getString("permohonan_kode"), rs.getString("diajukan_oleh"), rs.getTimestamp("diubah").toInstant(),
				tanggal(rs.getArray("dikecualikan")));
	}

	private static List<java.time.LocalDate> tanggal(java.sql.Array larik) throws SQLException {
		return java.util.Arrays.stream((java.sql.Date[]) larik.getArray()).map(java.sql.Date::toLocalDate).toList();
	}
}
