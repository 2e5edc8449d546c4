package id.kotacerdas.kepegawaian.internal.kalender;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Employee rows for tests sharing one database, written straight into the read model the calendars
 * read (the register's own rules are tested with the register): each with its own NIP and NIK.
 */
final class PegawaiUji {

	private static final AtomicInteger URUT = new AtomicInteger((int) (System.nanoTime() % 500) + 100);

	private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");

	private PegawaiUji() {
	}

	/** A PNS executor (SLTA, II/d since 2020) of the agency; answers its id. */
	static long tambah(JdbcClient jdbc, long opdId, String nama, LocalDate lahir, String golongan, LocalDate tmtGolongan,
			LocalDate tmtCpns) {
		int n = URUT.incrementAndGet();
		String nip = YYYYMMDD.format(lahir) + String.format(Locale.ROOT, "%04d%02d1%03d", tmtCpns.getYear(), tmtCpns.getMonthValue(), n % 1000);
		String nik = String.format(Locale.ROOT, "537105%02d%02d%02d%04d", lahir.getDayOfMonth(), lahir.getMonthValue(), lahir.getYear() % 100,
				n % 10000);
		return jdbc.sql("""
				INSERT INTO kepegawaian.pegawai (nip, nama, tempat_lahir, tanggal_lahir, jenis_kelamin, agama, status_kawin, nik,
				  jenis_pegawai, kedudukan_hukum, tmt_cpns, golongan, tmt_golongan, pendidikan, jenis_jabatan, nama_jabatan, tmt_jabatan,
				  eselon, opd_id, unor, dibuat, diubah)
				VALUES (?, ?, 'Kupang', ?, '1', '2', '2', ?, 'PNS', '01', ?, ?, ?, '15', '4', 'Pengadministrasi Umum', ?, '99', ?,
				  'Sekretariat', ?, ?) RETURNING id""")
			.params(nip, nama, lahir, nik, tmtCpns, golongan, tmtGolongan, tmtGolongan, opdId, OffsetDateTime.now(), OffsetDateTime.now())
			.query(Long.class)
			.single();
	}

	static String nama(String dasar) {
		return dasar + " " + URUT.incrementAndGet();
	}
}
