package id.kotacerdas.sms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import id.kotacerdas.ServerUji;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.notifikasi.DenganSaluranUji;
import id.kotacerdas.notifikasi.KotakUji;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.platform.Peran;

/**
 * The SMS channel end to end: signed callbacks from the gateway (form and JSON) file reports through
 * pengaduan, the replies and an officer's answer go out through the SMS gateway played by a local
 * JDK HttpServer ({@link ServerUji}), and nothing is stored twice or without a valid signature.
 */
class SmsMasukTests extends DenganSaluranUji {

	/** Each test's own sender numbers (Telkomsel Kupang-style 0812…), so no test sees another's messages. */
	private static final AtomicInteger NOMOR = new AtomicInteger((int) (System.nanoTime() % 90_000));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifikasi notifikasi;

	@Autowired
	StafUji staf;

	private static String pengirim() {
		return "0812" + String.format("%07d", 3_800_000 + NOMOR.incrementAndGet());
	}

	private static String tanda(byte[] badan) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(RAHASIA_SMS.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(badan));
	}

	private ResultActions formulir(String pengirim, String teks, String waktu) throws Exception {
		String badan = "pengirim=" + URLEncoder.encode(pengirim, StandardCharsets.UTF_8) + "&pesan="
				+ URLEncoder.encode(teks, StandardCharsets.UTF_8) + "&waktu=" + URLEncoder.encode(waktu, StandardCharsets.UTF_8);
		byte[] isi = badan.getBytes(StandardCharsets.UTF_8);
		return mvc.perform(post("/sms/masuk").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(isi)
			.header("X-Signature", tanda(isi)));
	}

	/** The texts the SMS gateway received for a number, in order. */
	private static List<String> smsKe(String nomor) {
		List<String> hasil = new ArrayList<>();
		for (ServerUji.Permintaan p : GATEWAY.diterima()) {
			if (p.isi().startsWith("nohp=" + nomor + "&")) {
				hasil.add(URLDecoder.decode(p.isi().substring(p.isi().indexOf("pesan=") + "pesan=".length()), StandardCharsets.UTF_8));
			}
		}
		return hasil;
	}

	private List<Map<String, Object>> laporanDari(String telepon) {
		return jdbc.sql("select nomor, kategori_kode, kelurahan_kode, saluran, alamat, lat from pengaduan.pengaduan where telepon_pelapor = ?")
			.param(telepon).query().listOfRows();
	}

	@Test
	void aValidSmsFilesOneReportAndTheRetryChangesNothing() throws Exception {
		String hp = pengirim();
		formulir(hp, "KUPANG SAM Naikoten 2 sampah menumpuk di depan SD Inpres", "2026-11-30 09:15:02").andExpect(status().isOk());
		formulir(hp, "KUPANG SAM Naikoten 2 sampah menumpuk di depan SD Inpres", "2026-11-30 09:15:02").andExpect(status().isOk());

		List<Map<String, Object>> laporan = laporanDari(hp);
		assertThat(laporan).singleElement().satisfies(l -> {
			assertThat(l).containsEntry("kategori_kode", "sampah").containsEntry("kelurahan_kode", "53.71.05.1005")
				.containsEntry("saluran", "sms");
			assertThat(l.get("lat")).as("no pin is made up").isNull();
			assertThat((String) l.get("alamat")).contains("Naikoten Dua", "SMS");
		});
		notifikasi.kirimTertunda();
		String nomor = (String) laporan.get(0).get("nomor");
		assertThat(smsKe(hp)).singleElement().satisfies(t -> assertThat(t).contains(nomor, "/pengaduan/" + nomor).hasSizeLessThanOrEqualTo(160));
		assertThat(jdbc.sql("select count(*) from sms.pesan_masuk where pengirim = ?").param(hp).query(Long.class).single()).isOne();
	}

	@Test
	void theGatewayMessageIdMakesAJsonRetryHarmlessEvenWithAnotherTimeStamp() throws Exception {
		String hp = "62" + pengirim().substring(1);
		for (String waktu : new String[] { "1764470400", "1764470460" }) {
			byte[] isi = ("{\"id\": \"msg-77-" + hp + "\", \"pengirim\": \"" + hp + "\", \"pesan\": \"kupang  lpj  OESAPA BARAT  lampu jalan mati 3 tiang\","
					+ " \"waktu\": \"" + waktu + "\"}").getBytes(StandardCharsets.UTF_8);
			mvc.perform(post("/sms/masuk").contentType(MediaType.APPLICATION_JSON).content(isi).header("X-Signature", "sha256=" + tanda(isi)))
				.andExpect(status().isOk());
		}
		assertThat(laporanDari(hp)).singleElement().satisfies(l -> assertThat(l).containsEntry("kategori_kode", "lampu-jalan")
			.containsEntry("kelurahan_kode", "53.71.03.1014"));
	}

	@Test
	void aWrongOrMissingSignatureGets401AndStoresNothing() throws Exception {
		String hp = pengirim();
		byte[] isi = ("pengirim=" + hp + "&pesan=KUPANG+SAM+Oebobo+sampah+menumpuk&waktu=1").getBytes(StandardCharsets.UTF_8);
		byte[] lain = ("pengirim=" + hp + "&pesan=KUPANG+SAM+Oebobo+sampah+dibakar&waktu=1").getBytes(StandardCharsets.UTF_8);
		mvc.perform(post("/sms/masuk").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(isi).header("X-Signature", tanda(lain)))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/sms/masuk").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(isi)).andExpect(status().isUnauthorized());
		mvc.perform(post("/sms/masuk").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(isi).header("X-Signature", "zz"))
			.andExpect(status().isUnauthorized());
		assertThat(laporanDari(hp)).isEmpty();
		assertThat(jdbc.sql("select count(*) from sms.pesan_masuk where pengirim = ?").param(hp).query(Long.class).single()).isZero();
	}

	@Test
	void freeTextGetsOneHelpReplyWithTheCodesAndASenderAtMostThreeADay() throws Exception {
		String hp = pengirim();
		for (int i = 0; i < 5; i++) {
			formulir(hp, "Selamat siang pak, lampu di gang kami mati sudah seminggu (" + i + ")", "2026-11-30 10:0" + i).andExpect(status().isOk());
		}
		List<KotakUji.Menunggu> bantuan = KotakUji.menunggu(notifikasi, Notifikasi.SMS, hp);
		assertThat(bantuan).hasSize(3).allSatisfy(m -> assertThat(m.status().templat()).isEqualTo("sms.bantuan"));
		assertThat(bantuan.get(0).teks().isi()).startsWith("Pesan belum sesuai format laporan.")
			.contains("KUPANG <kode> <kelurahan> <keluhan>", "SAM=Sampah", "LPJ=Lampu jalan", "JLN=Jalan rusak", "LAIN=Lainnya");
		notifikasi.kirimTertunda();
		// each reply goes out in numbered parts of at most 160 characters
		assertThat(smsKe(hp)).hasSizeGreaterThan(3).allSatisfy(t -> assertThat(t).hasSizeLessThanOrEqualTo(160).matches("\\(\\d/\\d\\) .*"));
		assertThat(laporanDari(hp)).isEmpty();
		assertThat(jdbc.sql("select count(*) from sms.pesan_masuk where pengirim = ?").param(hp).query(Long.class).single()).isEqualTo(5);
	}

	@Test
	void aFaultySmsSaysWhatIsWrong() throws Exception {
		String hp = pengirim();
		formulir(hp, "KUPANG SAM Kuanino", "t1").andExpect(status().isOk());
		formulir(hp, "KUPANG XYZ Kuanino sampah menumpuk", "t2").andExpect(status().isOk());
		notifikasi.kirimTertunda();
		String semua = String.join(" ", smsKe(hp));
		assertThat(semua).contains("Keluhan belum ditulis.", "Kode kategori tidak dikenal.");
		assertThat(laporanDari(hp)).isEmpty();
	}

	@Test
	void aServiceNumberOrShortCodeIsNeverAnswered() throws Exception {
		for (String dari : new String[] { "TELKOMSEL", "1708", "+6238012345" }) {
			formulir(dari, "Paket internet Anda akan berakhir " + System.nanoTime(), "x").andExpect(status().isOk());
			notifikasi.kirimTertunda();
			assertThat(notifikasi.untuk(Notifikasi.SMS, dari)).as(dari).isEmpty();
		}
	}

	@Test
	void anOfficersReplyAndStatusChangesReachTheSendersNumber() throws Exception {
		String hp = pengirim();
		formulir(hp, "KUPANG SAM Kuanino sampah belum diangkut 2 minggu di Jl. Kancil", "2026-11-30 07:45").andExpect(status().isOk());
		String nomor = (String) laporanDari(hp).get(0).get("nomor");
		notifikasi.kirimTertunda();
		String petugas = staf.pengguna(Peran.PETUGAS_TRC, "DLHK", staf.tim("DLHK", Set.of("53.71.05.1006")).id());

		mvc.perform(post("/staf/pengaduan/" + nomor + "/tindakan").with(user(petugas).roles("PETUGAS_TRC")).with(csrf())
			.param("aksi", "VERIFIKASI").param("teks", "")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/staf/pengaduan/" + nomor + "/tindakan").with(user(petugas).roles("PETUGAS_TRC")).with(csrf())
			.param("aksi", "BALAS").param("teks", "Truk DLHK dijadwalkan mengangkut sampah di Jl. Kancil besok pagi pukul 07.00 WITA."))
			.andExpect(status().is3xxRedirection());
		notifikasi.kirimTertunda();

		List<String> sms = smsKe(hp);
		assertThat(sms).allSatisfy(t -> assertThat(t).hasSizeLessThanOrEqualTo(160));
		assertThat(sms.get(0)).startsWith("Laporan diterima, nomor " + nomor);
		assertThat(sms.get(1)).contains(nomor, "Diverifikasi");
		// the reply itself reaches the phone, in numbered parts, with the report's public page
		assertThat(sms.get(2)).startsWith("(1/2) Pengaduan " + nomor + " (Diverifikasi), balasan petugas: Truk DLHK dijadwalkan");
		assertThat(String.join(" ", sms.subList(2, sms.size()))).contains("07.00 WITA.", "/pengaduan/" + nomor);
		assertThat(notifikasi.untuk(Notifikasi.SMS, hp)).allSatisfy(s -> assertThat(s.terkirim()).isTrue());
	}

	/**
	 * Follow-up by reply on the sender's own report only: another number learns nothing (word for word
	 * the answer for an unknown number) and changes nothing; re-opening, confirming and rating each
	 * get one SMS (no status message besides); a retried callback does nothing twice.
	 */
	@Test
	void followUpByReplyActsOnlyOnTheSendersOwnReportAndAnswersOnce() throws Exception {
		String hp = pengirim();
		String lain = pengirim();
		formulir(hp, "KUPANG SAM Kuanino sampah dibuang di selokan Jl. Beringin", "2026-11-30 08:00").andExpect(status().isOk());
		String nomor = (String) laporanDari(hp).get(0).get("nomor");
		String petugas = staf.pengguna(Peran.PETUGAS_TRC, "DLHK", staf.tim("DLHK", Set.of("53.71.05.1006")).id());

		formulir(lain, "STATUS " + nomor, "l1").andExpect(status().isOk());
		formulir(lain, "STATUS KPG-2019-000001", "l2").andExpect(status().isOk());
		formulir(lain, "INFO " + nomor + " ini bukan laporan saya", "l3").andExpect(status().isOk());
		formulir(hp, "status " + nomor, "h1").andExpect(status().isOk());
		formulir(hp, "INFO " + nomor + " sekarang sampahnya sampai ke badan jalan", "h2").andExpect(status().isOk());
		notifikasi.kirimTertunda();
		List<String> keLain = smsKe(lain);
		assertThat(keLain).hasSize(3);
		assertThat(keLain.get(0)).isEqualTo("Pengaduan " + nomor + " tidak ditemukan untuk nomor ini.");
		assertThat(keLain.get(1).replace("KPG-2019-000001", nomor)).isEqualTo(keLain.get(0));
		assertThat(keLain.get(2)).isEqualTo(keLain.get(0));
		assertThat(jdbc.sql("select count(*) from pengaduan.riwayat r join pengaduan.pengaduan p on p.id = r.pengaduan_id "
				+ "where p.nomor = ? and r.jenis = 'INFORMASI_WARGA'").param(nomor).query(Long.class).single()).isOne();
		List<String> keHp = smsKe(hp);
		assertThat(keHp.get(1)).startsWith("Pengaduan " + nomor + ": Baru. Target selesai ");
		assertThat(keHp.get(2)).contains("diteruskan ke petugas");

		for (String aksi : new String[] { "VERIFIKASI", "PROSES" }) {
			mvc.perform(post("/staf/pengaduan/" + nomor + "/tindakan").with(user(petugas).roles("PETUGAS_TRC")).with(csrf())
				.param("aksi", aksi).param("teks", "")).andExpect(status().is3xxRedirection());
		}
		selesai(nomor, petugas);
		notifikasi.kirimTertunda();
		int sebelum = smsKe(hp).size();
		formulir(hp, "BUKA " + nomor + " masih ada sisa sampah", "h3").andExpect(status().isOk());
		notifikasi.kirimTertunda();
		assertThat(smsKe(hp).subList(sebelum, smsKe(hp).size())).singleElement().satisfies(t -> assertThat(t).contains("dibuka kembali"));

		mvc.perform(post("/staf/pengaduan/" + nomor + "/tindakan").with(user(petugas).roles("PETUGAS_TRC")).with(csrf())
			.param("aksi", "PROSES").param("teks", "")).andExpect(status().is3xxRedirection());
		selesai(nomor, petugas);
		notifikasi.kirimTertunda();
		sebelum = smsKe(hp).size();
		formulir(hp, "SELESAI " + nomor, "h4").andExpect(status().isOk());
		formulir(hp, "SELESAI " + nomor, "h4").andExpect(status().isOk()).andExpect(
				jsonPath("$.hasil").value("duplikat"));
		formulir(hp, "NILAI " + nomor + " 5", "h5").andExpect(status().isOk());
		formulir(lain, "NILAI " + nomor + " 1", "l4").andExpect(status().isOk());
		notifikasi.kirimTertunda();
		List<String> akhir = smsKe(hp).subList(sebelum, smsKe(hp).size());
		assertThat(akhir).hasSize(2);
		assertThat(akhir.get(0)).contains("ditutup sebagai selesai");
		assertThat(akhir.get(1)).contains("nilai 5");
		assertThat(jdbc.sql("select status || ' ' || penilaian from pengaduan.pengaduan where nomor = ?").param(nomor).query(String.class)
			.single()).isEqualTo("DITUTUP 5");
	}

	private void selesai(String nomor, String petugas) throws Exception {
		mvc.perform(multipart("/staf/pengaduan/" + nomor + "/tindakan")
			.file(new MockMultipartFile("foto", "bukti.png", "image/png", GambarUji.png(40, 30)))
			.with(user(petugas).roles("PETUGAS_TRC")).with(csrf()).param("aksi", "SELESAI").param("teks", "Sampah sudah diangkut truk DLHK."))
			.andExpect(status().is3xxRedirection());
	}
}
