package id.kotacerdas.layanan.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Stores applications' content: answers, documents (current and replaced) and the office's document check. */
@Repository
class PengajuanRepository {

	private static final TypeReference<LinkedHashMap<String, String>> JAWABAN = new TypeReference<>() {
	};

	/** An application's content as filed. */
	record Pengajuan(long id, long layananId, String kodePermohonan, String alurKode, List<Isian> isian, List<DokumenSyarat> dokumen,
			List<Long> opdTahap, Map<String, String> jawaban, Instant dibuat) {

		/** Whether the staff member may see the applicant's data: the agency of one of its steps (or Kominfo). */
		boolean bolehDitangani(id.kotacerdas.akun.Staf staf) {
			return opdTahap.stream().anyMatch(staf::berwenangAtas);
		}
	}

	/** A current document of an application. */
	record BerkasPengajuan(String dokumenKode, UUID berkasId, Instant diunggah) {
	}

	/** The office's tick on one required document. */
	record Pemeriksaan(boolean ada, String oleh, Instant pada) {
	}

	private final JdbcClient jdbc;

	private final LayananRepository layanan;

	private final ObjectMapper json;

	PengajuanRepository(JdbcClient jdbc, LayananRepository layanan, ObjectMapper json) {
		this.jdbc = jdbc;
		this.layanan = layanan;
		this.json = json;
	}

	long tambah(JenisLayanan l, Map<String, String> jawaban, String idPengiriman) {
		return jdbc.sql("""
				insert into layanan.pengajuan (layanan_id, alur_kode, isian, dokumen, opd_tahap, jawaban, id_pengiriman)
				values (:layanan, :alur, cast(:isian as jsonb), cast(:dokumen as jsonb), :opd, cast(:jawaban as jsonb), :kirim)
				returning id""")
			.param("layanan", l.id()).param("alur", l.alurKode()).param("isian", layanan.tulis(l.isian()))
			.param("dokumen", layanan.tulis(l.dokumen())).param("opd", l.opdLangkah().toArray(Long[]::new))
			.param("jawaban", json.writeValueAsString(jawaban)).param("kirim", idPengiriman)
			.query(Long.class).single();
	}

	/** Whether any application was filed in this flow: then its steps may no longer change under it. */
	boolean alurDipakai(String alurKode) {
		return jdbc.sql("select exists (select 1 from layanan.pengajuan where alur_kode = :alur)").param("alur", alurKode)
			.query(Boolean.class).single();
	}

	void tetapkanKode(long id, String kode) {
		jdbc.sql("update layanan.pengajuan set kode_permohonan = :kode where id = :id").param("kode", kode).param("id", id).update();
	}

	/** The code of the application filed by this form before (a form sent twice), if any. */
	Optional<String> kodeDariPengiriman(String idPengiriman) {
		return jdbc.sql("select kode_permohonan from layanan.pengajuan where id_pengiriman = :kirim and kode_permohonan is not null")
			.param("kirim", idPengiriman).query(String.class).optional();
	}

	Optional<Pengajuan> cari(String kodePermohonan) {
		return jdbc.sql("select * from layanan.pengajuan where kode_permohonan = :kode").param("kode", kodePermohonan).query(this::baca).optional();
	}

	/** A document of the application becomes current; the one it replaces is kept, marked replaced. */
	void simpanBerkas(long pengajuanId, String dokumenKode, UUID berkasId) {
		jdbc.sql("update layanan.berkas_pengajuan set diganti = true where pengajuan_id = :p and dokumen_kode = :d and not diganti")
			.param("p", pengajuanId).param("d", dokumenKode).update();
		jdbc.sql("insert into layanan.berkas_pengajuan (pengajuan_id, dokumen_kode, berkas_id) values (:p, :d, :b)")
			.param("p", pengajuanId).param("d", dokumenKode).param("b", berkasId).update();
		// a replaced document must be checked again
		jdbc.sql("delete from layanan.pemeriksaan where pengajuan_id = :p and dokumen_kode = :d").param("p", pengajuanId).param("d", dokumenKode)
			.update();
	}

	List<BerkasPengajuan> berkas(long pengajuanId) {
		return jdbc.sql("select * from layanan.berkas_pengajuan where pengajuan_id = :p and not diganti order by id")
			.param("p", pengajuanId)
			.query((rs, n) -> new BerkasPengajuan(rs.getString("dokumen_kode"), rs.getObject("berkas_id", UUID.class),
					rs.getTimestamp("diunggah_pada").toInstant()))
			.list();
	}

	/** Whether the file is a current or replaced document of this application (what staff may open from its page). */
	boolean milik(long pengajuanId, UUID berkasId) {
		return jdbc.sql("select exists (select 1 from layanan.berkas_pengajuan where pengajuan_id = :p and berkas_id = :b)")
			.param("p", pengajuanId).param("b", berkasId).query(Boolean.class).single();
	}

	Map<String, Pemeriksaan> pemeriksaan(long pengajuanId) {
		Map<String, Pemeriksaan> hasil = new LinkedHashMap<>();
		jdbc.sql("select * from layanan.pemeriksaan where pengajuan_id = :p").param("p", pengajuanId)
			.query((ResultSet rs) -> {
				hasil.put(rs.getString("dokumen_kode"), new Pemeriksaan(rs.getBoolean("ada"), rs.getString("oleh"), rs.getTimestamp("pada").toInstant()));
			});
		return hasil;
	}

	void periksa(long pengajuanId, String dokumenKode, boolean ada, String oleh) {
		jdbc.sql("""
				insert into layanan.pemeriksaan (pengajuan_id, dokumen_kode, ada, oleh) values (:p, :d, :ada, :oleh)
				on conflict (pengajuan_id, dokumen_kode) do update set ada = excluded.ada, oleh = excluded.oleh, pada = now()""")
			.param("p", pengajuanId).param("d", dokumenKode).param("ada", ada).param("oleh", oleh).update();
	}

	private Pengajuan baca(ResultSet rs, int n) throws SQLException {
		Array opd = rs.getArray("opd_tahap");
		return new Pengajuan(rs.getLong("id"), rs.getLong("layanan_id"), rs.getString("kode_permohonan"), rs.getString("alur_kode"),
				layanan.bacaIsian(rs.getString("isian")), layanan.bacaDokumen(rs.getString("dokumen")),
				Arrays.stream((Long[]) opd.getArray()).toList(), json.readValue(rs.getString("jawaban"), JAWABAN),
				rs.getTimestamp("dibuat_pada").toInstant());
	}
}
