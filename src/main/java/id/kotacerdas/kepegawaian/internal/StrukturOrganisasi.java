package id.kotacerdas.kepegawaian.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One agency's organisation tree as of its stored state: units, positions and their holders over
 * time. Who holds a position on a day, which positions are vacant, and who is an employee's direct
 * superior are answered here, from the tree alone.
 */
final class StrukturOrganisasi {

	/** The employee's direct superior on a day, and the vacant positions skipped to find them. */
	record Atasan(long pegawaiId, Jabatan jabatan, JenisPemangku jenis, List<Jabatan> lowongDilewati) {
	}

	/** A unit with its positions and sub-units, for the tree page. */
	record Simpul(UnitKerja unit, List<Jabatan> jabatan, List<Simpul> anak) {
	}

	private final List<UnitKerja> unit;

	private final Map<Long, Jabatan> jabatan;

	private final Map<Long, List<PemangkuJabatan>> pemangku;

	StrukturOrganisasi(List<UnitKerja> unit, List<Jabatan> jabatan, List<PemangkuJabatan> pemangku) {
		this.unit = List.copyOf(unit);
		this.jabatan = jabatan.stream().collect(Collectors.toMap(Jabatan::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.pemangku = pemangku.stream().collect(Collectors.groupingBy(PemangkuJabatan::jabatanId));
	}

	public List<UnitKerja> unit() {
		return unit;
	}

	public List<Jabatan> jabatan() {
		return List.copyOf(jabatan.values());
	}

	Optional<Jabatan> jabatan(long id) {
		return Optional.ofNullable(jabatan.get(id));
	}

	/** Everyone who held or holds the position, the latest first. */
	List<PemangkuJabatan> riwayatPemangku(long jabatanId) {
		return pemangku.getOrDefault(jabatanId, List.of()).stream()
			.sorted(Comparator.comparing(PemangkuJabatan::mulai).reversed())
			.toList();
	}

	/** The holders of the position on the day: the definitive one (if any) first, then acting ones. */
	public List<PemangkuJabatan> pemangkuPada(long jabatanId, LocalDate hari) {
		return pemangku.getOrDefault(jabatanId, List.of()).stream()
			.filter(p -> p.berlakuPada(hari))
			.sorted(Comparator.comparing(PemangkuJabatan::jenis))
			.toList();
	}

	/** The position the employee holds definitively on the day. */
	Optional<Jabatan> jabatanDefinitif(long pegawaiId, LocalDate hari) {
		return pemangku.values().stream().flatMap(List::stream)
			.filter(p -> p.pegawaiId() == pegawaiId && p.jenis().definitif() && p.berlakuPada(hari))
			.map(p -> jabatan.get(p.jabatanId()))
			.findFirst();
	}

	/** Positions without a definitive holder on the day (an acting holder does not fill a vacancy). */
	List<Jabatan> lowong(LocalDate hari) {
		return jabatan.values().stream()
			.filter(j -> pemangkuPada(j.id(), hari).stream().noneMatch(p -> p.jenis().definitif()))
			.toList();
	}

	/**
	 * The direct superior on the day: whoever holds (definitively, or acting for a period that covers
	 * the day) the position the employee's position reports to. A vacant position with no acting
	 * holder is skipped for the next one up, and so is the employee themself (acting for their own
	 * superior). Empty for the head of the agency and for someone with no position in the tree.
	 */
	Optional<Atasan> atasanLangsung(long pegawaiId, LocalDate hari) {
		Optional<Jabatan> milik = jabatanDefinitif(pegawaiId, hari);
		if (milik.isEmpty()) {
			return Optional.empty();
		}
		List<Jabatan> dilewati = new ArrayList<>();
		Set<Long> dikunjungi = new HashSet<>();
		Long berikut = milik.get().atasanId();
		while (berikut != null && dikunjungi.add(berikut) && jabatan.containsKey(berikut)) {
			Jabatan j = jabatan.get(berikut);
			Optional<PemangkuJabatan> pemegang = pemangkuPada(j.id(), hari).stream().filter(p -> p.pegawaiId() != pegawaiId).findFirst();
			if (pemegang.isPresent()) {
				return Optional.of(new Atasan(pemegang.get().pegawaiId(), j, pemegang.get().jenis(), List.copyOf(dilewati)));
			}
			dilewati.add(j);
			berikut = j.atasanId();
		}
		return Optional.empty();
	}

	/** Whether {@code calon} is {@code jabatanId} itself or a position below it: it cannot be its superior position. */
	boolean diBawah(long calon, long jabatanId) {
		Set<Long> dikunjungi = new HashSet<>();
		Long j = calon;
		while (j != null && dikunjungi.add(j)) {
			if (j == jabatanId) {
				return true;
			}
			Jabatan x = jabatan.get(j);
			j = x == null ? null : x.atasanId();
		}
		return false;
	}

	/** The employees whose direct superior on the day is {@code pegawaiId}. */
	Set<Long> bawahanLangsung(long pegawaiId, LocalDate hari) {
		return pemangku.values().stream().flatMap(List::stream)
			.filter(p -> p.jenis().definitif() && p.berlakuPada(hari) && p.pegawaiId() != pegawaiId)
			.map(PemangkuJabatan::pegawaiId)
			.filter(b -> atasanLangsung(b, hari).map(a -> a.pegawaiId() == pegawaiId).orElse(false))
			.collect(Collectors.toSet());
	}

	/** The tree: top units first, each with its positions (the highest echelon first) and sub-units. */
	List<Simpul> pohon() {
		Map<Long, List<UnitKerja>> perInduk = new LinkedHashMap<>();
		List<UnitKerja> akar = new ArrayList<>();
		for (UnitKerja u : unit) {
			if (u.indukId() == null) {
				akar.add(u);
			}
			else {
				perInduk.computeIfAbsent(u.indukId(), k -> new ArrayList<>()).add(u);
			}
		}
		Map<Long, List<Jabatan>> perUnit = jabatan.values().stream().collect(Collectors.groupingBy(Jabatan::unitId));
		Set<Long> dikunjungi = new HashSet<>();
		return akar.stream().map(u -> simpul(u, perInduk, perUnit, dikunjungi)).toList();
	}

	private Simpul simpul(UnitKerja u, Map<Long, List<UnitKerja>> perInduk, Map<Long, List<Jabatan>> perUnit, Set<Long> dikunjungi) {
		dikunjungi.add(u.id());
		List<Jabatan> j = perUnit.getOrDefault(u.id(), List.of()).stream()
			.sorted(Comparator.comparing(Jabatan::eselon).thenComparing(Jabatan::nama))
			.toList();
		List<Simpul> anak = perInduk.getOrDefault(u.id(), List.of()).stream()
			.filter(a -> !dikunjungi.contains(a.id()))
			.map(a -> simpul(a, perInduk, perUnit, dikunjungi))
			.toList();
		return new Simpul(u, j, anak);
	}
}
