package id.kotacerdas.layanan.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.SebagaiStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.berkas.PdfContoh;
import id.kotacerdas.permohonan.MesinPermohonan;

/**
 * Applications filed through the seeded services ({@code --demo}), through the citizen's use case
 * with real (drawn) photos and PDFs, then moved along by a Kominfo administrator: a domicile letter
 * waiting at the front office, a low-income certificate returned for its family card, a building
 * approval (Si Pejuang) at Dinas PUPR's TPA/TPT consultation, an event recommendation completed.
 */
@Component
@Profile("demo")
class DataDemoLayanan {

	private static final Logger log = LoggerFactory.getLogger(DataDemoLayanan.class);

	/** The first filing's one-time id: present means the demo was filed before. */
	private static final String PENANDA = "demo-layanan-domisili";

	private final PengajuanService pengajuan;

	private final PengajuanRepository repo;

	private final MesinPermohonan mesin;

	private final AkunStaf akun;

	DataDemoLayanan(PengajuanService pengajuan, PengajuanRepository repo, MesinPermohonan mesin, AkunStaf akun) {
		this.pengajuan = pengajuan;
		this.repo = repo;
		this.mesin = mesin;
		this.akun = akun;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(220)
	public void isi() {
		if (repo.kodeDariPengiriman(PENANDA).isPresent()) {
			return;
		}
		Staf kominfo = akun.adminKominfo().stream().findFirst().orElse(null);
		if (kominfo == null) {
			log.warn("Demo: no Kominfo administrator, no service applications");
			return;
		}
		pengajuan.ajukan("domisili-naikoten-2", new PengajuanService.Formulir("5371054708960001", "Yohana Lay", "yohana.lay@contoh.invalid",
				"081246118890", "Surat domisili untuk mendaftar kuliah di Undana",
				Map.of("alamat", "Jl. Frans Seda No. 21, Naikoten II", "rt_rw", "008/003", "lama_tinggal", "4", "keperluan",
						"Pendaftaran sekolah atau kuliah"),
				Map.of("ktp", kartu("KTP-el Yohana Lay"), "kk", kartu("Kartu Keluarga Lay"), "pengantar_rt", surat("Pengantar RT 008 RW 003")),
				PENANDA));
		String sktm = pengajuan.ajukan("sktm-naikoten-2", new PengajuanService.Formulir("5371051007720003", "Marthen Kase", null,
				"085337204411", "SKTM untuk rawat inap di RSUD S.K. Lerik",
				Map.of("keperluan", "Berobat atau rawat inap", "penghasilan", "1500000", "tanggungan", "5", "terdaftar_dtks", "ya"),
				Map.of("ktp", kartu("KTP-el Marthen Kase"), "kk", kartu("KK buram"), "pengantar_rt", kartu("Pengantar RT 004 RW 002")),
				"demo-layanan-sktm")).kode();
		String pbg = pengajuan.ajukan("pbg-si-pejuang", new PengajuanService.Formulir("5371042112780002", "Agustinus Tefa",
				"agustinus.tefa@contoh.invalid", null, "PBG rumah tinggal dua lantai",
				Map.of("lokasi", "Jl. Eltari II No. 9", "kelurahan", "Oebufu", "fungsi", "Hunian", "luas_bangunan", "144", "jumlah_lantai", "2"),
				Map.of("ktp", kartu("KTP-el Agustinus Tefa"), "bukti_tanah", surat("SHM No. 00871 Oebufu"), "gambar_arsitektur",
						surat("Gambar arsitektur"), "gambar_struktur", surat("Perhitungan struktur")),
				"demo-layanan-pbg")).kode();
		String keramaian = pengajuan.ajukan("keramaian-kota-raja", new PengajuanService.Formulir("5371056204900002", "Novi Adoe",
				"novi.adoe@contoh.invalid", null, "Pesta pernikahan di Naikoten I",
				Map.of("nama_acara", "Pesta nikah Novi dan Yosua", "jenis_acara", "Pesta pernikahan", "tanggal_acara", "2026-12-19",
						"tempat_acara", "Jl. Soeharto, Naikoten I", "jumlah_undangan", "400", "tutup_jalan", "tidak"),
				Map.of("ktp", kartu("KTP-el Novi Adoe"), "pengantar_lurah", surat("Pengantar Lurah Naikoten I")), "demo-layanan-keramaian")).kode();
		SebagaiStaf.jalankan(kominfo, () -> {
			PengajuanRepository.Pengajuan pjSktm = repo.cari(sktm).orElseThrow();
			pengajuan.kembalikan(pjSktm, Map.of("ktp", true, "kk", false, "pengantar_rt", true), versi(sktm),
					"Foto Kartu Keluarga buram, nama anggota keluarga tidak terbaca.", kominfo);
			PengajuanRepository.Pengajuan pjPbg = repo.cari(pbg).orElseThrow();
			pengajuan.setujui(pjPbg, Map.of("ktp", true, "bukti_tanah", true, "gambar_arsitektur", true, "gambar_struktur", true), versi(pbg),
					kominfo);
			mesin.setujui(pbg, versi(pbg), kominfo);
			PengajuanRepository.Pengajuan pjKeramaian = repo.cari(keramaian).orElseThrow();
			Map<String, Boolean> lengkap = Map.of("ktp", true, "pengantar_lurah", true);
			pengajuan.setujui(pjKeramaian, lengkap, versi(keramaian), kominfo);
			pengajuan.setujui(pjKeramaian, lengkap, versi(keramaian), kominfo);
		});
		log.warn("Demo: 4 applications filed through the service catalogue");
	}

	private int versi(String kode) {
		return mesin.cari(kode).orElseThrow().versi();
	}

	/** A drawn "photo" of a card or paper with a line of text (JPEG), as a phone would send it. */
	static byte[] kartu(String teks) {
		BufferedImage gambar = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = gambar.createGraphics();
		g.setColor(new Color(0x9fc5e8));
		g.fillRect(0, 0, 640, 400);
		g.setColor(Color.DARK_GRAY);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
		g.drawString(teks, 30, 200);
		g.dispose();
		ByteArrayOutputStream keluar = new ByteArrayOutputStream();
		try {
			ImageIO.write(gambar, "jpeg", keluar);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return keluar.toByteArray();
	}

	/** A one-page PDF letter with a line of text. */
	static byte[] surat(String teks) {
		return PdfContoh.halaman(teks);
	}
}
