package id.kotacerdas.masterplan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.masterplan.RegisterMasterplan.JenisNilai;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.Indikator;
import tools.jackson.databind.ObjectMapper;

/**
 * Seeds the register from the city's file ({@code kc.masterplan.register}) at start-up: every programme whose code the
 * register lacks is added (so a programme new in the file, such as IETPD's, reaches a running city), one it has is left
 * as Kominfo edited it. A live indicator takes its unit and direction from its module's definition, so they have one source;
 * a live code no module defines, or an unknown agency, stops the start (the city's file is wrong).
 */
@Component
class BenihMasterplan {

	private static final Logger log = LoggerFactory.getLogger(BenihMasterplan.class);

	record Berkas(List<EntriProgram> program) {
	}

	record EntriProgram(String kode, ElemenKotaCerdas elemen, String nama, String deskripsi, String opd, Boolean quickWin, String rujukanRpjmd,
			String kodeIso, List<EntriIndikator> indikator) {
	}

	/** @param sumber the live {@link Indikator}'s code, or null for an entered indicator */
	record EntriIndikator(String kode, String nama, String sumber, Indikator.Satuan satuan, Indikator.Arah arah, Baseline baseline,
			Map<Integer, BigDecimal> target) {
	}

	record Baseline(int tahun, BigDecimal nilai) {
	}

	private final MasterplanRepository repo;

	private final LayananMasterplan layanan;

	private final DaftarOpd opd;

	private final MasterplanProperties properti;

	private final ObjectMapper json;

	private final TransactionTemplate tx;

	private final Clock clock;

	BenihMasterplan(MasterplanRepository repo, LayananMasterplan layanan, DaftarOpd opd, MasterplanProperties properti, ObjectMapper json,
			TransactionTemplate tx, Clock clock) {
		this.repo = repo;
		this.layanan = layanan;
		this.opd = opd;
		this.properti = properti;
		this.json = json;
		this.tx = tx;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(60)
	public void muat() {
		Berkas berkas = baca();
		int baru = tx.execute(s -> {
			// read again inside the transaction: another instance may have seeded meanwhile
			Set<String> ada = repo.program().stream().map(ProgramKerja::kode).collect(Collectors.toSet());
			int urutan = 0;
			int n = 0;
			for (EntriProgram p : berkas.program()) {
				int u = urutan++;
				if (ada.contains(p.kode())) {
					continue;
				}
				long id = repo.tambahProgram(new ProgramKerja(0, p.kode(), p.elemen(), p.nama(), teks(p.deskripsi()), opdId(p.opd()), Boolean.TRUE.equals(p.quickWin()),
						teks(p.rujukanRpjmd()), teks(p.kodeIso()), u), clock.instant());
				int k = 0;
				for (EntriIndikator i : p.indikator()) {
					repo.tambahIndikator(indikator(id, i, k++));
				}
				n++;
			}
			return n;
		});
		if (baru > 0) {
			log.info("Masterplan register seeded from {}: {} new programmes", properti.register().getDescription(), baru);
		}
	}

	private IndikatorProgram indikator(long programId, EntriIndikator e, int urutan) {
		Indikator.Satuan satuan = e.satuan();
		Indikator.Arah arah = e.arah();
		if (e.sumber() != null) {
			Indikator.Definisi d = layanan.sumber(e.sumber())
				.orElseThrow(() -> new IllegalStateException("the masterplan register names a live figure no module defines: " + e.sumber()))
				.definisi();
			satuan = d.satuan();
			arah = d.arah();
		}
		if (satuan == null || arah == null) {
			throw new IllegalStateException("the masterplan register's entered indicator needs a unit and a direction: " + e.kode());
		}
		return new IndikatorProgram(0, programId, e.kode(), e.nama(), satuan, arah, e.sumber() == null ? JenisNilai.ISIAN : JenisNilai.LANGSUNG,
				e.sumber(), e.baseline() == null ? null : e.baseline().tahun(), e.baseline() == null ? null : e.baseline().nilai(), urutan,
				new TreeMap<>(e.target() == null ? Map.of() : e.target()));
	}

	Berkas baca() {
		try (InputStream masuk = properti.register().getInputStream()) {
			return json.readValue(masuk, Berkas.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the masterplan register " + properti.register().getDescription(), ex);
		}
	}

	private long opdId(String nama) {
		return opd.cariSingkatan(nama).or(() -> opd.semua().stream().filter(o -> o.nama().equalsIgnoreCase(nama)).findFirst())
			.map(Opd::id)
			.orElseThrow(() -> new IllegalStateException("the masterplan register names an unknown agency: " + nama));
	}

	private static String teks(String s) {
		return s == null ? "" : s.strip();
	}
}
