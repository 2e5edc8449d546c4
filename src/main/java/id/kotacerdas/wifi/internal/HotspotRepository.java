package id.kotacerdas.wifi.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.platform.Waktu;

/** The hotspots, their signs of life (one row per slot) and their imported captive-portal sessions. */
@Repository
class HotspotRepository {

	private final JdbcClient jdbc;

	HotspotRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Hotspot> semua() {
		return jdbc.sql("SELECT * FROM wifi.hotspot ORDER BY nama, id").query(HotspotRepository::baris).list();
	}

	Optional<Hotspot> cari(long id) {
		return jdbc.sql("SELECT * FROM wifi.hotspot WHERE id = ?").param(id).query(HotspotRepository::baris).optional();
	}

	Optional<Hotspot> cariToken(String tokenHash) {
		return jdbc.sql("SELECT * FROM wifi.hotspot WHERE token_hash = ?").param(tokenHash).query(HotspotRepository::baris).optional();
	}

	/** NAS-Identifier → hotspot id. */
	Map<String, Long> menurutNas() {
		Map<String, Long> hasil = new HashMap<>();
		jdbc.sql("SELECT nas_id, id FROM wifi.hotspot WHERE nas_id IS NOT NULL").query((rs, i) -> hasil.put(rs.getString(1), rs.getLong(2))).list();
		return hasil;
	}

	boolean nasDipakai(String nasId, Long kecuali) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM wifi.hotspot WHERE nas_id = ? AND id IS DISTINCT FROM ?)").params(nasId, kecuali)
			.query(Boolean.class).single();
	}

	long tambah(Hotspot h, Instant waktu) {
		return jdbc.sql("""
				INSERT INTO wifi.hotspot (nama, jenis_tempat, kelurahan_kode, lat, lon, isp, ssid, bandwidth_mbps, biaya_bulanan, hari_buka,
				    jam_buka, jam_tutup, status, tempat_layanan, nas_id, alamat_probe, dipantau_sejak, dibuat, diubah)
				VALUES (:nama, :jenis, :kelurahan, :lat, :lon, :isp, :ssid, :bw, :biaya, :hari, :buka, :tutup, :status, :tempat, :nas, :probe,
				    CAST(:dipantau AS timestamptz), :waktu, :waktu)
				RETURNING id""")
			.params(parameter(h, waktu))
			.query(Long.class).single();
	}

	/** Monitoring starts with the first probe address (or token, {@link #aturToken}) and is never reset. */
	void ubah(long id, Hotspot h, Instant waktu) {
		Map<String, Object> p = parameter(h, waktu);
		p.put("id", id);
		jdbc.sql("""
				UPDATE wifi.hotspot SET nama = :nama, jenis_tempat = :jenis, kelurahan_kode = :kelurahan, lat = :lat, lon = :lon, isp = :isp,
				    ssid = :ssid, bandwidth_mbps = :bw, biaya_bulanan = :biaya, hari_buka = :hari, jam_buka = :buka, jam_tutup = :tutup,
				    status = :status, laporan_gangguan = CASE WHEN CAST(:status AS text) = 'GANGGUAN' THEN laporan_gangguan END, tempat_layanan = :tempat, nas_id = :nas, alamat_probe = :probe,
				    dipantau_sejak = coalesce(dipantau_sejak, CAST(:dipantau AS timestamptz)), diubah = :waktu
				WHERE id = :id""")
			.params(p).update();
	}

	private static Map<String, Object> parameter(Hotspot h, Instant waktu) {
		Map<String, Object> p = new HashMap<>();
		p.put("nama", h.nama());
		p.put("jenis", h.jenisTempat().name());
		p.put("kelurahan", h.kelurahanKode());
		p.put("lat", h.lat());
		p.put("lon", h.lon());
		p.put("isp", h.isp());
		p.put("ssid", h.ssid());
		p.put("bw", h.bandwidthMbps());
		p.put("biaya", h.biayaBulanan());
		p.put("hari", h.jam().kodeHari());
		p.put("buka", h.jam().buka() == null ? null : Time.valueOf(h.jam().buka()));
		p.put("tutup", h.jam().tutup() == null ? null : Time.valueOf(h.jam().tutup()));
		p.put("status", h.status().name());
		p.put("tempat", h.tempatLayanan());
		p.put("nas", h.nasId());
		p.put("probe", h.alamatProbe());
		p.put("waktu", Timestamp.from(waktu));
		p.put("dipantau", h.alamatProbe() == null ? null : Timestamp.from(waktu));
		return p;
	}

	/** The hotspot, locked until the transaction ends (a complaint's moves arrive one after another). */
	Optional<Hotspot> kunci(long id) {
		return jdbc.sql("SELECT * FROM wifi.hotspot WHERE id = ? FOR UPDATE").param(id).query(HotspotRepository::baris).optional();
	}

	void terapkan(long id, Hotspot.Perubahan p, Instant waktu) {
		jdbc.sql("UPDATE wifi.hotspot SET status = ?, laporan_gangguan = ?, diubah = ? WHERE id = ?")
			.params(p.status().name(), p.laporan(), Timestamp.from(waktu), id).update();
	}

	void aturToken(long id, String tokenHash, Instant waktu) {
		jdbc.sql("UPDATE wifi.hotspot SET token_hash = ?, dipantau_sejak = coalesce(dipantau_sejak, ?) WHERE id = ?")
			.params(tokenHash, Timestamp.from(waktu), id).update();
	}

	/** Sets when monitoring began (a router that reported before it was registered here, the demo's history). */
	void mulaiPantau(long id, Instant sejak) {
		jdbc.sql("UPDATE wifi.hotspot SET dipantau_sejak = ? WHERE id = ?").params(Timestamp.from(sejak), id).update();
	}

	/** A sign of life in a slot; a second one in the same slot changes nothing. */
	void catatHidup(long id, Instant slot, String sumber) {
		jdbc.sql("INSERT INTO wifi.detak (hotspot_id, slot, sumber) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(id, Timestamp.from(slot), sumber).update();
	}

	/** A sign of life in every slot of {@code [dari, sampai)} (slot-aligned), as a router that never missed one would leave. */
	void catatHidupRentang(long id, Instant dari, Instant sampai, java.time.Duration slot, String sumber) {
		jdbc.sql("""
				INSERT INTO wifi.detak (hotspot_id, slot, sumber)
				SELECT ?, g, ? FROM generate_series(?::timestamptz, ?::timestamptz - make_interval(secs => ?), make_interval(secs => ?)) g
				ON CONFLICT DO NOTHING""")
			.params(id, sumber, Timestamp.from(dari), Timestamp.from(sampai), slot.toSeconds(), slot.toSeconds()).update();
	}

	/** Slots with a sign of life in {@code [dari, sampai)}, per hotspot. */
	Map<Long, Long> slotHidup(Instant dari, Instant sampai) {
		Map<Long, Long> hasil = new HashMap<>();
		jdbc.sql("SELECT hotspot_id, count(*) FROM wifi.detak WHERE slot >= ? AND slot < ? GROUP BY hotspot_id")
			.params(Timestamp.from(dari), Timestamp.from(sampai)).query((rs, i) -> hasil.put(rs.getLong(1), rs.getLong(2))).list();
		return hasil;
	}

	/** The last slot with a sign of life, per hotspot that ever had one. */
	Map<Long, Instant> hidupTerakhir() {
		Map<Long, Instant> hasil = new HashMap<>();
		jdbc.sql("SELECT hotspot_id, max(slot) FROM wifi.detak GROUP BY hotspot_id")
			.query((rs, i) -> hasil.put(rs.getLong(1), rs.getTimestamp(2).toInstant())).list();
		return hasil;
	}

	/**
	 * Marks the outage alert as sent unless another instance marked it since {@code sebelumnya} was read: the
	 * second of two concurrent checks waits for the row and then updates nothing.
	 */
	boolean tandaiPeringatan(long id, Instant sebelumnya, Instant waktu) {
		return jdbc.sql("UPDATE wifi.hotspot SET peringatan_mati = ? WHERE id = ? AND peringatan_mati IS NOT DISTINCT FROM CAST(? AS timestamptz)")
			.params(Timestamp.from(waktu), id, sebelumnya == null ? null : Timestamp.from(sebelumnya)).update() == 1;
	}

	/** A captive-portal session without anything that names its user. */
	record Sesi(long hotspotId, String idSesi, Instant mulai, long durasiDetik, long oktet) {
	}

	/** Of the sessions given, those already stored (hotspot id → session ids). */
	Set<String> sesiAda(long hotspotId, Collection<String> idSesi) {
		if (idSesi.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("SELECT id_sesi FROM wifi.sesi WHERE hotspot_id = :h AND id_sesi IN (:ids)").param("h", hotspotId)
			.param("ids", idSesi).query(String.class).list());
	}

	/** Stores the sessions not stored before; answers how many were new. */
	int simpanSesi(List<Sesi> sesi) {
		int baru = 0;
		for (Sesi s : sesi) {
			baru += jdbc.sql("""
					INSERT INTO wifi.sesi (hotspot_id, id_sesi, mulai, durasi_detik, oktet) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
				.params(s.hotspotId(), s.idSesi(), Timestamp.from(s.mulai()), s.durasiDetik(), s.oktet()).update();
		}
		return baru;
	}

	/** Sessions and traffic of one hotspot per month (WITA), newest first. */
	record Pemakaian(YearMonth bulan, long sesi, long oktet, long jamSesi) {
	}

	List<Pemakaian> pemakaian(long hotspotId) {
		return jdbc.sql("""
				SELECT to_char(mulai AT TIME ZONE :zona, 'YYYY-MM') AS bulan, count(*) AS sesi, sum(oktet) AS oktet,
				       sum(durasi_detik) / 3600 AS jam
				FROM wifi.sesi WHERE hotspot_id = :h GROUP BY 1 ORDER BY 1 DESC""")
			.param("zona", Waktu.WITA.getId()).param("h", hotspotId)
			.query((rs, i) -> new Pemakaian(YearMonth.parse(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
	}

	private static Hotspot baris(ResultSet rs, int i) throws SQLException {
		Time buka = rs.getTime("jam_buka");
		Time tutup = rs.getTime("jam_tutup");
		JamOperasional jam = new JamOperasional(JamOperasional.hariDari(rs.getString("hari_buka")), buka == null ? null : waktu(buka),
				tutup == null ? null : waktu(tutup));
		Timestamp sejak = rs.getTimestamp("dipantau_sejak");
		Timestamp peringatan = rs.getTimestamp("peringatan_mati");
		return new Hotspot(rs.getLong("id"), rs.getString("nama"), JenisTempat.valueOf(rs.getString("jenis_tempat")), rs.getString("kelurahan_kode"),
				rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("isp"), rs.getString("ssid"), rs.getInt("bandwidth_mbps"),
				rs.getLong("biaya_bulanan"), jam, StatusHotspot.valueOf(rs.getString("status")), rs.getString("tempat_layanan"), rs.getString("nas_id"),
				rs.getString("alamat_probe"), rs.getString("token_hash") != null, sejak == null ? null : sejak.toInstant(),
				peringatan == null ? null : peringatan.toInstant(), rs.getString("laporan_gangguan"));
	}

	private static LocalTime waktu(Time t) {
		return t.toLocalTime();
	}
}
