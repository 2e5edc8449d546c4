package id.kotacerdas.kepegawaian.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid employee forms for tests sharing one database: each has its own NIP and NIK (a man born
 * 12 June 1985, appointed CPNS in January 2010, NIK registered in Oebobo).
 */
final class ContohPegawai {

	static final LocalDate LAHIR = LocalDate.of(1985, 6, 12);

	private static final AtomicInteger URUT = new AtomicInteger((int) (System.nanoTime() % 400) + 1);

	private ContohPegawai() {
	}

	static FormulirPegawai pns(long opdId) {
		int n = URUT.incrementAndGet();
		FormulirPegawai f = new FormulirPegawai();
		f.setNip(String.format(Locale.ROOT, "198506122010011%03d", n % 1000));
		f.setNama("Yakob Uji " + n);
		f.setGelarBelakang("S.T.");
		f.setTempatLahir("Kupang");
		f.setTanggalLahir(LAHIR);
		f.setJenisKelamin("1");
		f.setAgama("2");
		f.setStatusKawin("2");
		f.setNik(String.format(Locale.ROOT, "537104120685%04d", n % 10000));
		f.setEmail("yakob" + n + "@uji.invalid");
		f.setTelepon("081234567890");
		f.setAlamat("Jl. Frans Seda No. " + n);
		f.setJenisPegawai("PNS");
		f.setKedudukanHukum("01");
		f.setTmtCpns(LocalDate.of(2010, 1, 1));
		f.setNomorSkCpns("800/12/BKD/2010");
		f.setTmtPns(LocalDate.of(2011, 3, 1));
		f.setNomorSkPns("821/45/BKD/2011");
		f.setGolongan("33");
		f.setTmtGolongan(LocalDate.of(2022, 4, 1));
		f.setPendidikan("40");
		f.setJurusan("Teknik Sipil");
		f.setJenisJabatan("2");
		f.setNamaJabatan("Teknik Jalan dan Jembatan Ahli Muda");
		f.setTmtJabatan(LocalDate.of(2022, 6, 1));
		f.setEselon("99");
		f.setOpdId(opdId);
		f.setUnor("Bidang Bina Marga");
		return f;
	}
}
