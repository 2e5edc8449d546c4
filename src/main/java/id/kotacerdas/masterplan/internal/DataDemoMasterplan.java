package id.kotacerdas.masterplan.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Periode;
import id.kotacerdas.platform.Waktu;

/**
 * The masterplan for a first look ({@code --demo}), after every module's demo data (order 400):
 * <ul>
 * <li>live indicators computed from the modules' demo records for this year and last year;</li>
 * <li>for the roadmap's earlier years, which the demo modules hold no records of, made-up snapshots drawn between
 * the baseline and the targets with a seeded random (say so when showing the demo: they are not Kupang's figures);</li>
 * <li>entered values with real proofs through {@code berkas}: ISO 9001 certificates (PDF) and photos of the
 * digital-literacy corners (PNG), verified by Kominfo for past years and waiting for this year.</li>
 * </ul>
 * Never active in production.
 */
@Component
@Profile("demo")
class DataDemoMasterplan {

	private static final Logger log = LoggerFactory.getLogger(DataDemoMasterplan.class);

	/** The made-up years: how many records a snapshot claims to have read. */
	private static final int CATATAN_CONTOH = 400;

	private final LayananMasterplan layanan;

	private final NilaiLangsung langsung;

	private final PengisianNilai pengisian;

	private final MasterplanRepository repo;

	private final AkunStaf akun;

	DataDemoMasterplan(LayananMasterplan layanan, NilaiLangsung langsung, PengisianNilai pengisian, MasterplanRepository repo, AkunStaf akun) {
		this.layanan = layanan;
		this.langsung = langsung;
		this.pengisian = pengisian;
		this.repo = repo;
		this.akun = akun;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(400)
	public void muat() {
		if (!repo.isian().isEmpty()) {
			return;
		}
		int tahunIni = layanan.tahunIni();
		Random acak = new Random(492019);
		for (IndikatorProgram i : repo.indikator()) {
			if (!i.langsung() || layanan.sumber(i.kodeSumber()).isEmpty()) {
				continue;
			}
			for (int tahun : layanan.tahunPeta()) {
				if (tahun >= tahunIni - 1 && tahun <= tahunIni) {
					langsung.hitung(i, tahun);
				}
				else if (tahun < tahunIni - 1) {
					contoh(i, tahun, acak);
				}
			}
		}
		// the demo's Kominfo administrator, who has an e-mail address for the engine's notices
		Staf kominfo = akun.adminKominfo().stream().filter(s -> s.email() != null && !s.email().isBlank()).findFirst().orElse(null);
		if (kominfo == null) {
			return;
		}
		SebagaiStaf.jalankan(kominfo, () -> {
			int[] iso = { 1, 2, 3, 4, 5 };
			for (int k = 0; k < iso.length; k++) {
				int tahun = 2022 + k;
				isi(kominfo, "iso-9001-bersertifikat", tahun, iso[k], LocalDate.of(tahun, 11, 20), pdfSertifikat(tahun, iso[k]), tahun < tahunIni);
			}
			int[] pojok = { 9, 14, 17 };
			for (int k = 0; k < pojok.length; k++) {
				int tahun = 2024 + k;
				isi(kominfo, "pojok-literasi-jumlah", tahun, pojok[k], LocalDate.of(tahun, 10, 28), fotoPojok(pojok[k]), tahun < tahunIni);
			}
			// IETPD material: Bapenda's yearly recap of revenue received electronically
			int[] nontunai = { 28, 37, 46 };
			for (int k = 0; k < nontunai.length; k++) {
				int tahun = 2022 + k;
				isi(kominfo, "etpd-realisasi-pendapatan", tahun, nontunai[k], LocalDate.of(tahun + 1, 1, 16),
						PdfContoh.halaman("Rekapitulasi penerimaan pajak dan retribusi daerah nontunai " + tahun,
								List.of("Badan Pendapatan Daerah Kota Kupang", "Diterima nontunai: " + nontunai[k] + " persen dari realisasi PAD")),
						true);
			}
		});
		log.info("Demo masterplan: live snapshots and entered values with proof");
	}

	/** A snapshot of a year the demo modules have no records of, between the baseline (or first target) and the target. */
	private void contoh(IndikatorProgram i, int tahun, Random acak) {
		BigDecimal acuan = i.targetTahun(tahun) != null ? i.targetTahun(tahun)
				: i.baselineNilai() != null ? i.baselineNilai() : i.target().isEmpty() ? null : i.target().get(i.target().firstKey());
		if (acuan == null) {
			return;
		}
		// within ±15 % of the reference, so some years are green, some amber, some red
		double faktor = 0.85 + acak.nextDouble() * 0.30;
		int desimal = i.satuan().desimal();
		BigDecimal angka = acuan.multiply(BigDecimal.valueOf(faktor)).setScale(desimal, RoundingMode.HALF_UP);
		if (i.satuan() == Indikator.Satuan.PERSEN && angka.compareTo(BigDecimal.valueOf(100)) > 0) {
			angka = BigDecimal.valueOf(100).setScale(desimal);
		}
		Indikator.Rasio rasio = i.satuan() == Indikator.Satuan.PERSEN
				? new Indikator.Rasio(angka.multiply(BigDecimal.valueOf(CATATAN_CONTOH)).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValue(),
						CATATAN_CONTOH)
				: null;
		Instant dihitung = Periode.tahun(tahun + 1).mulai().plusSeconds(4L * 24 * 3600);
		Indikator.Hasil h = new Indikator.Hasil(i.kodeSumber(), Periode.tahun(tahun), new Indikator.Nilai(angka, rasio, CATATAN_CONTOH), List.of(),
				dihitung);
		repo.simpanCuplikan(i.id(), tahun, h, List.of(), i.kodeSumber().substring(0, i.kodeSumber().indexOf('.')));
	}

	private void isi(Staf staf, String kode, int tahun, int angka, LocalDate tanggal, byte[] bukti, boolean verifikasi) {
		LocalDate hariIni = LocalDate.now(Waktu.WITA);
		if (tahun > hariIni.getYear()) {
			return;
		}
		tanggal = tanggal.isAfter(hariIni) ? hariIni : tanggal;
		NilaiIsian n = pengisian.ajukan(new PengisianNilai.Isian(kode, Integer.toString(tahun), Integer.toString(angka), tanggal.toString(),
				"Data demo", "5371014501850001"), bukti, staf);
		if (verifikasi) {
			pengisian.verifikasi(n.id(), staf);
		}
	}

	/** A one-page certificate summary, as the agencies scan them. */
	private static byte[] pdfSertifikat(int tahun, int jumlah) {
		List<String> opd = List.of("Dinas Kependudukan dan Pencatatan Sipil", "Dinas Kesehatan", "Dinas Pendidikan dan Kebudayaan",
				"Dinas Penanaman Modal dan PTSP", "RSUD S.K. Lerik", "BKPPD");
		List<String> baris = new ArrayList<>();
		for (int k = 0; k < jumlah; k++) {
			baris.add((k + 1) + ". " + opd.get(k) + " - bersertifikat, berlaku 3 tahun");
		}
		baris.add("Kupang, " + Waktu.formatTanggal(LocalDate.of(tahun, 11, 20)) + " - Bagian Organisasi Setda Kota Kupang");
		return PdfContoh.halaman("Rekapitulasi sertifikat ISO 9001:2015 Pemerintah Kota Kupang " + tahun, baris);
	}

	/** A small picture standing in for the photo of a corner's sign board. */
	private static byte[] fotoPojok(int jumlah) {
		BufferedImage gambar = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = gambar.createGraphics();
		g.setColor(new Color(0x1d4f91));
		g.fillRect(0, 0, 480, 320);
		g.setColor(Color.WHITE);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
		g.drawString("Pojok Literasi Digital", 40, 140);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
		g.drawString(jumlah + " pojok aktif - Kota Kupang", 40, 190);
		g.dispose();
		try (ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
			ImageIO.write(gambar, "png", keluar);
			return keluar.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
