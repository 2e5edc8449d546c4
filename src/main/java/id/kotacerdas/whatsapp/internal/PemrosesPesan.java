package id.kotacerdas.whatsapp.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.notifikasi.Pesan;
import id.kotacerdas.pengaduan.KontakPelapor;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LaporanPelapor;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.pengaduan.TandaTerima;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.UrlDasar;
import id.kotacerdas.platform.Waktu;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Works through a stored inbound message after the webhook answered: one message of a number at a
 * time (its conversation row is locked), the step on {@link Percakapan}, then — outside that
 * transaction — the photos fetched and the report filed through {@link LayananPengaduan}, or a
 * follow-up command carried out. Filing is keyed by the confirming message's id, so a retry after
 * a failure files nothing twice; a conversation stays in {@link Percakapan.Tahap#MENGAJUKAN} until
 * the report is stored, and that same message resumes it. Replies are queued in the outbox in the
 * transaction that decided them (so they go out exactly when it commits, retried like every
 * message) and then sent at once.
 */
@Component
class PemrosesPesan {

	private static final Logger log = LoggerFactory.getLogger(PemrosesPesan.class);

	/** What one message led to, decided in the locked transaction. */
	private record Langkah(String telepon, UUID sesi, List<Balasan> balasan, Percakapan.Draf ajukan, String kunci,
			Percakapan.Perintah perintah) {

		static final Langkah TIDAK_ADA = new Langkah(null, null, List.of(), null, null, null);
	}

	private final WhatsappRepository repo;

	private final Percakapan.Konteks konteks;

	private final LayananPengaduan pengaduan;

	private final CloudApi api;

	private final Notifikasi notifikasi;

	private final PenyajiBalasan penyaji;

	private final WhatsappProperties properti;

	private final UrlDasar urlDasar;

	private final ObjectMapper json;

	private final TransactionTemplate tx;

	private final Clock clock;

	PemrosesPesan(WhatsappRepository repo, Percakapan.Konteks konteks, LayananPengaduan pengaduan, CloudApi api, Notifikasi notifikasi,
			PenyajiBalasan penyaji, WhatsappProperties properti, UrlDasar urlDasar, ObjectMapper json, TransactionTemplate tx, Clock clock) {
		this.repo = repo;
		this.konteks = konteks;
		this.pengaduan = pengaduan;
		this.api = api;
		this.notifikasi = notifikasi;
		this.penyaji = penyaji;
		this.properti = properti;
		this.urlDasar = urlDasar;
		this.json = json;
		this.tx = tx;
		this.clock = clock;
	}

	/** After the webhook's commit; a failure leaves the publication open for the registry to resubmit. */
	@Async
	@TransactionalEventListener
	public void diterima(PenerimaWebhook.PesanMasukDiterima peristiwa) throws Exception {
		proses(peristiwa.id());
	}

	void proses(long id) throws Exception {
		WhatsappRepository.PesanMasuk m = repo.masuk(id).orElse(null);
		if (m == null) {
			return;
		}
		Langkah l = tx.execute(s -> langkah(m));
		if (l.ajukan() != null) {
			ajukan(l);
		}
		else if (l.perintah() != null) {
			tindakLanjut(l.telepon(), l.perintah(), teks(baca(m.jenis(), m.isi())), m.waktu());
		}
		if (l.telepon() != null && properti.aktif()) {
			notifikasi.kirimSekarang(Notifikasi.WHATSAPP, tujuan(l.telepon()));
		}
	}

	private Langkah langkah(WhatsappRepository.PesanMasuk m) {
		Instant sekarang = clock.instant();
		WhatsappRepository.Keadaan k = repo.kunci(m.telepon(), sekarang);
		Percakapan.Draf draf = k.draf() == null ? null : json.readValue(k.draf(), Percakapan.Draf.class);
		if (m.diproses()) {
			// a retry: only a filing this very message confirmed may still be unfinished
			boolean lanjut = Percakapan.Tahap.MENGAJUKAN.name().equals(k.tahap()) && m.wamid().equals(k.kunciPengajuan());
			return lanjut ? new Langkah(m.telepon(), k.sesi(), List.of(), draf, m.wamid(), null) : Langkah.TIDAK_ADA;
		}
		Percakapan p = Percakapan.dari(Percakapan.Tahap.valueOf(k.tahap()), draf, k.diperbarui(), k.nomorTerakhir());
		Masukan masukan = baca(m.jenis(), m.isi());
		Percakapan.Hasil h = p.terima(masukan, konteks, sekarang, properti.kedaluwarsa());
		UUID sesi = h.sesiBaru() ? UUID.randomUUID() : k.sesi();
		if (h.perintah() == null) {
			repo.catatTranskrip(m.telepon(), sesi, null, true, teks(masukan), m.waktu());
		}
		boolean adaDraf = p.tahap() != Percakapan.Tahap.MULAI;
		String kunci = h.ajukan() != null ? m.wamid() : null;
		repo.simpan(m.telepon(), p.tahap().name(), adaDraf ? json.writeValueAsString(p.draf()) : null, adaDraf ? sesi : null, kunci,
				sekarang);
		repo.tandaiDiproses(m.id(), sekarang);
		balas(m.telepon(), sesi, null, h.balasan());
		return new Langkah(m.telepon(), sesi, h.balasan(), h.ajukan(), kunci, h.perintah());
	}

	/** Files the confirmed draft and answers with its number, or says why it was refused. */
	private void ajukan(Langkah l) throws Exception {
		Percakapan.Draf d = l.ajukan();
		List<Balasan> balasan = new ArrayList<>();
		List<byte[]> foto = new ArrayList<>();
		int hilang = 0;
		for (String mediaId : d.foto()) {
			try {
				foto.add(api.unduh(mediaId));
			}
			catch (CloudApi.MediaHilangException ex) {
				// gone for good: the report goes without it rather than never (an outage throws on and is retried)
				log.warn("WhatsApp photo left out of a report: {}", ex.getMessage());
				hilang++;
			}
		}
		if (hilang > 0) {
			balasan.add(new Balasan.Teks("whatsapp.foto-hilang", hilang));
		}
		LaporanBaru laporan = new LaporanBaru(d.kategoriKode(), d.deskripsi(), d.lat(), d.lon(), d.kelurahanKode(), d.alamat(), null,
				tujuan(l.telepon()), null, Boolean.TRUE.equals(d.anonim()), Boolean.TRUE.equals(d.rahasia()), d.atribut(), foto,
				Notifikasi.WHATSAPP);
		try {
			TandaTerima t = pengaduan.ajukan(laporan, "whatsapp:" + l.kunci(), tanda -> {
			});
			balasan.add(new Balasan.Teks("whatsapp.diterima", t.nomor(), urlDasar.nilai() + TandaTerima.jalurTindakLanjut(t.tokenTindakLanjut()),
					Waktu.formatTanggal(Waktu.wita(t.tenggatSelesai()).toLocalDate(), PenyajiBalasan.INDONESIA)));
			tx.executeWithoutResult(s -> {
				repo.diajukan(l.telepon(), l.sesi(), t.nomor());
				balas(l.telepon(), l.sesi(), t.nomor(), balasan);
			});
		}
		catch (PermintaanDitolakException ex) {
			// the report's own checks refused it (a category closed meanwhile, a photo that is no image): say why, start again
			balasan.add(new Balasan.Teks("whatsapp.ditolak", alasan(ex)));
			tx.executeWithoutResult(s -> {
				repo.simpan(l.telepon(), Percakapan.Tahap.MULAI.name(), null, null, null, clock.instant());
				balas(l.telepon(), l.sesi(), null, balasan);
			});
		}
	}

	/**
	 * A follow-up command, carried out with its reply in one transaction; a refusal is told in its
	 * own. The command's line joins the report's transcript when it is this number's report.
	 */
	private void tindakLanjut(String telepon, Percakapan.Perintah p, String baris, Instant waktu) {
		try {
			tx.executeWithoutResult(s -> {
				Balasan b = laksanakan(telepon, p);
				repo.catatTranskrip(telepon, null, p.nomor(), true, baris, waktu);
				balas(telepon, null, p.nomor(), List.of(b));
			});
		}
		catch (PermintaanDitolakException ex) {
			// the same words for an unknown number and for someone else's report
			boolean milik = ex.status() != HttpStatus.NOT_FOUND;
			Balasan b = milik ? new Balasan.Teks("whatsapp.ditolak-tindak-lanjut", alasan(ex)) : new Balasan.Teks("whatsapp.tidak-ditemukan", p.nomor());
			tx.executeWithoutResult(s -> {
				repo.catatTranskrip(telepon, null, milik ? p.nomor() : null, true, baris, waktu);
				balas(telepon, null, milik ? p.nomor() : null, List.of(b));
			});
		}
	}

	/** Carries out a command through the report's own reporter methods; a refusal is thrown. */
	private Balasan laksanakan(String telepon, Percakapan.Perintah p) {
		KontakPelapor kontak = new KontakPelapor(Notifikasi.WHATSAPP, tujuan(telepon));
		return switch (p.jenis()) {
			case STATUS -> {
				LaporanPelapor l = pengaduan.milikPelapor(p.nomor(), kontak)
					.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pengaduan.tidak-ditemukan", p.nomor()));
				String kategori = pengaduan.kategori(l.kategoriKode()).map(x -> x.nama()).orElse(l.kategoriKode());
				yield new Balasan.Teks(l.catatanStatus().isEmpty() ? "whatsapp.status" : "whatsapp.status-dengan-balasan", l.nomor(),
						kategori, new DefaultMessageSourceResolvable(l.status().kodePesan()),
						Waktu.formatTanggal(Waktu.wita(l.tenggat()).toLocalDate(), PenyajiBalasan.INDONESIA), l.catatanStatus());
			}
			case TAMBAH -> {
				pengaduan.tambahInformasi(p.nomor(), kontak, p.teks());
				yield new Balasan.Teks("whatsapp.informasi-ditambah", p.nomor());
			}
			// pengaduan tells the phone nothing of a change its reporter made here: this reply is the one message
			case SELESAI -> {
				pengaduan.konfirmasiSelesai(p.nomor(), kontak);
				yield new Balasan.Teks("whatsapp.dikonfirmasi", p.nomor());
			}
			case BUKA -> {
				pengaduan.bukaKembali(p.nomor(), kontak, p.teks());
				yield new Balasan.Teks("whatsapp.dibuka-kembali", p.nomor());
			}
			case NILAI -> {
				pengaduan.nilai(p.nomor(), kontak, p.bintang());
				yield new Balasan.Teks("whatsapp.dinilai", p.nomor(), p.bintang());
			}
		};
	}

	private String alasan(PermintaanDitolakException ex) {
		return penyaji.teks(ex.kodePesan(), ex.argumen());
	}

	/**
	 * Writes replies to the transcript and queues them in the caller's transaction: each as the
	 * Cloud API message it is (template {@code whatsapp.balasan}: its text, then the message as JSON,
	 * which {@link SaluranWhatsapp} sends). With the channel off (the demo's scripted chat) they are
	 * only written to the transcript.
	 */
	private void balas(String telepon, UUID sesi, String nomor, List<Balasan> balasan) {
		for (Balasan b : balasan) {
			PenyajiBalasan.Siap s = penyaji.sajikan(b);
			repo.catatTranskrip(telepon, sesi, nomor, false, s.teks(), clock.instant());
			if (properti.aktif()) {
				ObjectNode pesan = json.createObjectNode().put("type", s.type());
				pesan.set(s.type(), s.objek());
				notifikasi.antre(new Pesan(Notifikasi.WHATSAPP, tujuan(telepon), SaluranWhatsapp.TEMPLAT_BALASAN,
						List.of(s.teks(), json.writeValueAsString(pesan)), PenyajiBalasan.INDONESIA));
			}
		}
	}

	/** The outbox's and the report's spelling of a WhatsApp number: {@code +} and the digits. */
	static String tujuan(String telepon) {
		return "+" + telepon;
	}

	/** Drafts left longer than {@code kc.whatsapp.kedaluwarsa} are dropped. */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	void sapu() {
		repo.sapuKedaluwarsa(clock.instant().minus(properti.kedaluwarsa()));
	}

	/** A stored Cloud API message as the conversation reads it. */
	Masukan baca(String jenis, String isi) {
		JsonNode m = json.readTree(isi);
		return switch (jenis) {
			case "text" -> new Masukan.Teks(m.path("text").path("body").asString(""));
			case "interactive" -> {
				JsonNode i = m.path("interactive");
				JsonNode jawaban = i.path(i.path("type").asString(""));
				yield new Masukan.Pilih(jawaban.path("id").asString(""), jawaban.path("title").asString(""));
			}
			// a quick-reply button of a template message
			case "button" -> new Masukan.Teks(m.path("button").path("text").asString(""));
			case "location" -> {
				JsonNode l = m.path("location");
				yield new Masukan.Lokasi(l.path("latitude").asDouble(), l.path("longitude").asDouble(), l.path("name").asString(null),
						l.path("address").asString(null));
			}
			case "image" -> new Masukan.Gambar(m.path("image").path("id").asString(""), m.path("image").path("caption").asString(null));
			default -> new Masukan.Lain(jenis);
		};
	}

	/** A message's line in the transcript. */
	private String teks(Masukan m) {
		if (m instanceof Masukan.Teks t) {
			return t.isi();
		}
		if (m instanceof Masukan.Pilih p) {
			return p.judul().isEmpty() ? p.id() : p.judul();
		}
		if (m instanceof Masukan.Lokasi l) {
			return penyaji.teks("whatsapp.transkrip.lokasi", String.format(java.util.Locale.ROOT, "%.6f, %.6f", l.lat(), l.lon()),
					l.nama() == null ? "" : l.nama());
		}
		if (m instanceof Masukan.Gambar g) {
			return penyaji.teks("whatsapp.transkrip.foto", g.keterangan() == null ? "" : g.keterangan());
		}
		return penyaji.teks("whatsapp.transkrip.lain", ((Masukan.Lain) m).jenis());
	}
}
