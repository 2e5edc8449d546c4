package id.kotacerdas.masterplan.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import id.kotacerdas.masterplan.RegisterMasterplan;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.DimensiKotaCerdas;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Waktu;

/**
 * Reads the register with the values that count: for a live indicator its stored snapshot, for an entered one the
 * newest value Kominfo verified. Everything comes from the masterplan's own tables, so a dashboard costs a handful of
 * queries however many modules contribute.
 */
@Service
class LayananMasterplan implements RegisterMasterplan {

	private final MasterplanRepository repo;

	private final Map<String, Indikator> sumber;

	private final DaftarOpd daftarOpd;

	private final MasterplanProperties properti;

	private final Clock clock;

	LayananMasterplan(MasterplanRepository repo, List<Indikator> indikator, DaftarOpd daftarOpd, MasterplanProperties properti, Clock clock) {
		this.repo = repo;
		this.sumber = indikator.stream().collect(Collectors.toMap(i -> i.definisi().kode(), Function.identity()));
		this.daftarOpd = daftarOpd;
		this.properti = properti;
		this.clock = clock;
	}

	Optional<Indikator> sumber(String kode) {
		return Optional.ofNullable(kode == null ? null : sumber.get(kode));
	}

	Map<String, Indikator> semuaSumber() {
		return sumber;
	}

	AturanCapaian aturan() {
		return properti.aturan();
	}

	int tahunIni() {
		return Year.now(clock.withZone(Waktu.WITA)).getValue();
	}

	/** The roadmap's years, for choosing one. */
	List<Integer> tahunPeta() {
		List<Integer> t = new ArrayList<>();
		for (int y = properti.tahunAwal(); y <= MasterplanProperties.TAHUN_AKHIR; y++) {
			t.add(y);
		}
		return t;
	}

	/** @param denganTertunda the leadership view: entered values waiting for verification are carried, marked */
	Papan papan(boolean denganTertunda) {
		Map<Long, String> opd = daftarOpd.semua().stream().collect(Collectors.toMap(Opd::id, Opd::namaPendek));
		Map<Long, Map<Integer, Cuplikan>> cuplikan = repo.cuplikan();
		Map<Long, List<NilaiIsian>> isian = repo.isian().stream().collect(Collectors.groupingBy(NilaiIsian::indikatorId));
		Map<Long, List<IndikatorProgram>> perProgram = repo.indikator().stream().collect(Collectors.groupingBy(IndikatorProgram::programId));
		Map<ElemenKotaCerdas, List<Papan.Program>> perElemen = repo.program().stream()
			.map(p -> {
				String namaOpd = opd.getOrDefault(p.opdId(), "");
				List<Papan.Baris> baris = perProgram.getOrDefault(p.id(), List.of()).stream()
					.map(i -> baris(p, namaOpd, i, cuplikan.getOrDefault(i.id(), Map.of()), isian.getOrDefault(i.id(), List.of()), denganTertunda))
					.toList();
				return new Papan.Program(p, namaOpd, baris);
			})
			.collect(Collectors.groupingBy(p -> p.program().elemen()));
		return new Papan(denganTertunda, Arrays.stream(DimensiKotaCerdas.values())
			.map(d -> new Papan.Dimensi(d, ElemenKotaCerdas.dari(d).stream()
				.map(e -> new Papan.Elemen(e, perElemen.getOrDefault(e, List.of())))
				.toList()))
			.toList());
	}

	Optional<Papan.Baris> baris(String kode, boolean denganTertunda) {
		return papan(denganTertunda).semuaBaris().stream().filter(b -> b.indikator().kode().equals(kode)).findFirst();
	}

	private Papan.Baris baris(ProgramKerja p, String opd, IndikatorProgram i, Map<Integer, Cuplikan> cuplikan, List<NilaiIsian> isian,
			boolean denganTertunda) {
		AturanCapaian aturan = properti.aturan();
		List<Papan.Tahunan> tahunan = tahunPeta().stream().map(tahun -> {
			BigDecimal target = i.targetTahun(tahun);
			Cuplikan c = i.langsung() ? cuplikan.get(tahun) : null;
			NilaiIsian verif = i.langsung() ? null : isian.stream()
				.filter(n -> n.tahun() == tahun && n.status() == NilaiIsian.Status.TERVERIFIKASI)
				.max(Comparator.comparing(NilaiIsian::diverifikasiPada))
				.orElse(null);
			NilaiIsian tunda = !denganTertunda || i.langsung() ? null : isian.stream()
				.filter(n -> n.tahun() == tahun && n.status().tertunda())
				.max(Comparator.comparing(NilaiIsian::diajukanPada))
				.orElse(null);
			BigDecimal aktual = c != null ? c.angka() : verif == null ? null : verif.angka();
			return new Papan.Tahunan(tahun, target, aktual, aturan.nilai(i.arah(), target, aktual), c, verif, tunda);
		}).toList();
		return new Papan.Baris(p, opd, i, sumber(i.kodeSumber()).map(Indikator::definisi).orElse(null), tahunan);
	}

	@Override
	public Set<String> kodeProgram() {
		return repo.program().stream().map(ProgramKerja::kode).collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public Laporan untukTahun(int tahun) {
		if (tahun < properti.tahunAwal() || tahun > MasterplanProperties.TAHUN_AKHIR) {
			throw new IllegalArgumentException("outside the roadmap " + properti.tahunAwal() + "–" + MasterplanProperties.TAHUN_AKHIR + ": " + tahun);
		}
		Papan papan = papan(false);
		return new Laporan(tahun, papan.dimensi().stream()
			.map(d -> new Dimensi(d.dimensi(), d.elemen().stream()
				.map(e -> new Elemen(e.elemen(), e.program().stream().map(p -> program(p, tahun)).toList()))
				.toList()))
			.toList());
	}

	private static Program program(Papan.Program p, int tahun) {
		ProgramKerja k = p.program();
		return new Program(k.id(), k.kode(), k.nama(), k.deskripsi(), k.opdId(), p.opd(), k.quickWin(), k.rujukanRpjmd(), k.kodeIso(),
				p.indikator().stream().map(b -> butir(b, tahun)).toList());
	}

	private static Butir butir(Papan.Baris b, int tahun) {
		IndikatorProgram i = b.indikator();
		Papan.Tahunan t = b.tahun(tahun);
		Sumber s = null;
		if (i.langsung()) {
			Cuplikan c = t.cuplikan();
			Indikator.Definisi d = b.definisi();
			s = new Sumber(i.kodeSumber(), c != null ? c.sumberModul() : d == null ? null : d.sumber().modul(),
					d == null ? null : d.sumber().kodeKeterangan(), d == null ? null : d.kodeRumus(), c == null ? null : c.pembilang(),
					c == null ? null : c.penyebut(), c == null ? 0 : c.jumlahCatatan(), c == null ? null : c.dihitungPada());
		}
		NilaiIsian v = t.terverifikasi();
		Bukti bukti = v == null ? null
				: new Bukti(List.of(v.berkasId()), v.tanggalBukti(), v.diajukanOleh(), v.diverifikasiOleh(), v.diverifikasiPada(), v.permohonanKode());
		return new Butir(i.id(), i.kode(), i.nama(), i.satuan(), i.arah(), i.jenis(), i.baselineTahun(), i.baselineNilai(), t.target(), t.aktual(),
				t.capaian(), s, bukti);
	}
}
