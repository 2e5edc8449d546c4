package id.kotacerdas.pelatihan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.platform.Sidik;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * The training of {@code --demo}, run by the cooperatives agency with Bank NTT: a digital-marketing session for the
 * Palapa food stalls four months ago (attended, follow-ups sent and partly answered), a QRIS session for tenun ikat
 * makers last month, and an upcoming session open for sign-up. Participants with a demo UMKM's phone number are tied to
 * it; two are not registered yet. Names and numbers are made up.
 */
@Component
@Profile("demo")
class DataDemoPelatihan {

	private static final Logger log = LoggerFactory.getLogger(DataDemoPelatihan.class);

	static final String PROGRAM_PALAPA = "Pemasaran Digital untuk UMKM Kuliner Palapa";

	private record Contoh(String nama, String telepon, String usaha, String kelurahan, boolean hadir, Boolean online, Boolean qris) {
	}

	private static final List<Contoh> PALAPA = List.of(new Contoh("Yuliana Ndun", "081237110201", "Ikan Bakar Mama Yuli", "Oebobo", true, true, true),
			new Contoh("Bernadus Tefa", "081339220302", "Se'i Babi Om Ben", "Oebobo", true, true, false),
			new Contoh("Ance Lakapu", "085238330403", "Jagung Bose Mama Ance", "Oebobo", true, false, true),
			new Contoh("Nona Selan", "081237440504", "Es Kelapa Muda Nona", "Oebobo", true, null, null),
			new Contoh("Yakobus Benu", "081339881234", "Kopi Timor Om Yakob", "Oebobo", false, null, null),
			new Contoh("Rambu Kahi", "082147991122", "Kue Rambut Rambu", "Fatululi", true, true, false));

	private static final List<Contoh> TENUN = List.of(
			new Contoh("Dorkas Ina Lede", "081339550605", "Tenun Ikat Sepe Ina Lede", "Oebufu", true, null, null),
			new Contoh("Agustina Bako", "082147660706", "Sanggar Tenun Amarasi Ina Bako", "Liliba", true, null, null),
			new Contoh("Orpa Nenobais", "081237556677", "Tenun Buna Orpa", "Liliba", false, null, null));

	private final LayananPelatihan layanan;

	private final PelatihanRepository repo;

	private final AkunStaf akun;

	private final Wilayah wilayah;

	private final Clock clock;

	DataDemoPelatihan(LayananPelatihan layanan, PelatihanRepository repo, AkunStaf akun, Wilayah wilayah, Clock clock) {
		this.layanan = layanan;
		this.repo = repo;
		this.akun = akun;
		this.wilayah = wilayah;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(230)
	public void isi() {
		if (repo.adaProgram(PROGRAM_PALAPA)) {
			return;
		}
		Staf koperasi = layanan.opdBaku().flatMap(o -> akun.adminOpd(o.id()).stream().findFirst()).orElse(null);
		if (koperasi == null) {
			log.warn("Demo: no administrator of the cooperatives agency, no demo training");
			return;
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(koperasi.username(), null, List.of()));
		try {
			LocalDate hari = LocalDate.now(clock.withZone(Waktu.WITA));
			long palapa = layanan.buatProgram(koperasi, new LayananPelatihan.FormulirProgram(PROGRAM_PALAPA, Topik.PEMASARAN_DIGITAL.name(), null,
					"Bank NTT", "Foto produk dengan ponsel, katalog WhatsApp Business, membuka toko di marketplace, dan iklan berbayar yang hemat."));
			long lalu = sesi(koperasi, palapa, "Maria Fanggidae (Bank NTT)", "Aula Wisata Kuliner Palapa", "Oebobo", hari.minusMonths(4), 30);
			isiLampau(lalu, PALAPA);
			sesi(koperasi, palapa, "Maria Fanggidae (Bank NTT)", "Aula Kantor Dinas Koperasi dan UKM", "Oebobo", hari.plusDays(10), 30);
			long qris = layanan.buatProgram(koperasi, new LayananPelatihan.FormulirProgram("QRIS untuk Penenun Tenun Ikat", Topik.QRIS.name(), null,
					"Bank NTT", "Mendaftar QRIS, menerima pembayaran, membaca mutasi, dan aturan biaya MDR 0% untuk usaha mikro."));
			long tenun = sesi(koperasi, qris, "Yosef Manu (Bank NTT)", "Balai Kelurahan Liliba", "Liliba", hari.minusMonths(1), 20);
			isiLampau(tenun, TENUN);
			layanan.cocokkanUsaha();
			layanan.kirimTindakLanjut(hari);
			for (Contoh c : PALAPA) {
				if (c.online() != null) {
					long id = repo.pesertaSesi(lalu).stream().filter(p -> p.telepon().equals(c.telepon())).findFirst().orElseThrow().id();
					repo.jawabTindakLanjut(id, c.online(), c.qris(), c.online(), c.online() ? List.of("https://shopee.co.id/" + id) : List.of(),
							clock.instant());
				}
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		log.warn("Demo: training of {} and {} participants", PROGRAM_PALAPA, PALAPA.size() + TENUN.size());
	}

	private long sesi(Staf staf, long program, String pelatih, String tempat, String kelurahan, LocalDate tanggal, int kuota) {
		return layanan.buatSesi(staf, program, new LayananPelatihan.FormulirSesi(pelatih, tempat, kode(kelurahan), tanggal.toString(), "09:00",
				"12:00", Integer.toString(kuota)));
	}

	/** A session already held: its participants and check-ins as the trainer's phone sent them. */
	private void isiLampau(long sesiId, List<Contoh> contoh) {
		Rekaman.Sesi s = layanan.sesi(sesiId);
		for (Contoh c : contoh) {
			repo.tambahPeserta(sesiId, layanan.kodeBaru(), Sidik.sha256(layanan.token()), c.nama(), c.telepon(), null, c.usaha(), kode(c.kelurahan()),
					null, null, s.mulai().minusSeconds(86_400 * 7));
		}
		List<LayananPelatihan.Pindaian> pindaian = repo.pesertaSesi(sesiId).stream()
			.filter(p -> contoh.stream().anyMatch(c -> c.hadir() && c.telepon().equals(p.telepon())))
			.map(p -> new LayananPelatihan.Pindaian(p.kode(), ZonedDateTime.ofInstant(s.mulai(), Waktu.WITA).plusMinutes(10).toInstant(), "demo"))
			.toList();
		layanan.absen(s, pindaian);
	}

	private String kode(String kelurahan) {
		return wilayah.kelurahan().stream().filter(k -> k.nama().equalsIgnoreCase(kelurahan)).map(Kelurahan::kode).findFirst().orElseThrow();
	}
}
