package id.kotacerdas.armada.kendaraan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.armada.Armada;
import id.kotacerdas.armada.PosisiKendaraan;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.GalatIsian;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

/** Staff pages of the register: the list with each vehicle's last sighting and due dates, and the vehicle form. */
@Controller
@RequestMapping("/staf/armada")
@PreAuthorize(Peran.Akses.ADMIN_DAN_PIMPINAN)
class StafArmadaController {

	/** Tax and registration dates this close are shown as due. */
	static final int HARI_PENGINGAT = 30;

	private final RegisterKendaraan register;

	private final Armada armada;

	private final DaftarOpd daftarOpd;

	private final Clock clock;

	private final PengingatJatuhTempo pengingat;

	private final MessageSource pesan;

	private final ConversionService konversi;

	private final Validator validator;

	private final PemegangKeluarDinas pemegangKeluar;

	StafArmadaController(RegisterKendaraan register, Armada armada, DaftarOpd daftarOpd, Clock clock, PengingatJatuhTempo pengingat,
			MessageSource pesan, @Qualifier("mvcConversionService") ConversionService konversi, Validator validator,
			PemegangKeluarDinas pemegangKeluar) {
		this.pemegangKeluar = pemegangKeluar;
		this.register = register;
		this.armada = armada;
		this.daftarOpd = daftarOpd;
		this.clock = clock;
		this.pengingat = pengingat;
		this.pesan = pesan;
		this.konversi = konversi;
		this.validator = validator;
	}

	@GetMapping
	String daftar(Staf staf, Model model) {
		var daftar = register.daftar(staf);
		Map<Long, PosisiKendaraan> terakhir = new HashMap<>();
		daftar.forEach(k -> armada.posisiTerakhir(k.id()).ifPresent(p -> terakhir.put(k.id(), p)));
		model.addAttribute("daftar", daftar);
		model.addAttribute("opd", namaOpd());
		model.addAttribute("terakhir", terakhir);
		model.addAttribute("pemegangKeluar", pemegangKeluar.kendaraan());
		LocalDate hariIni = LocalDate.now(clock.withZone(Waktu.WITA));
		model.addAttribute("hariIni", hariIni);
		model.addAttribute("pengingat", pengingat.sejak(hariIni.minusDays(HARI_PENGINGAT), staf.lingkupOpd()));
		model.addAttribute("hariPengingat", HARI_PENGINGAT);
		model.addAttribute("bolehMengubah", staf.bolehMengubah());
		return "armada/daftar";
	}

	/** An optional field left empty is absent, not an empty text that fails its format. */
	@InitBinder("data")
	void kosongBerartiTidakDiisi(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping({ "/kendaraan/baru", "/kendaraan/{id}" })
	@PreAuthorize(Peran.Akses.ADMIN)
	String formulir(@PathVariable(required = false) Long id, Staf staf, Model model) {
		Kendaraan k = id == null ? null : register.lihat(staf, id);
		return tampilFormulir(staf, model, id, k == null ? Map.of() : isian(k.data()), Map.of());
	}

	/** On any refusal the form comes back with exactly what was typed, each problem under its field. */
	@PostMapping({ "/kendaraan/baru", "/kendaraan/{id}" })
	@PreAuthorize(Peran.Akses.ADMIN)
	String simpan(@PathVariable(required = false) Long id, @Valid @ModelAttribute("data") DataKendaraan data, BindingResult hasil,
			@RequestParam Map<String, String> diketik, Staf staf, Model model, Locale locale, RedirectAttributes redirect) {
		if (hasil.hasErrors()) {
			return tampilFormulir(staf, model, id, diketik, GalatIsian.pesan(semuaGalat(hasil, diketik), "armada.isian", pesan, locale));
		}
		try {
			Kendaraan k = id == null ? register.tambah(staf, data) : register.ubah(staf, id, data);
			redirect.addFlashAttribute("sukses", k.nomorPolisi());
			return "redirect:/staf/armada";
		}
		catch (PermintaanDitolakException ex) {
			model.addAttribute("galatKode", ex.kodePesan());
			model.addAttribute("galatArgumen", ex.argumen());
			return tampilFormulir(staf, model, id, diketik, Map.of());
		}
	}

	/**
	 * Spring does not validate a record it could not construct, so a word in a number field would
	 * hide every other problem until it is fixed. The readable rest is bound and validated again,
	 * and every problem is shown at once.
	 */
	private BindingResult semuaGalat(BindingResult hasil, Map<String, String> diketik) {
		if (hasil.getTarget() != null) {
			return hasil;
		}
		Map<String, String> terbaca = new HashMap<>(diketik);
		hasil.getFieldErrors().forEach(e -> terbaca.remove(e.getField()));
		WebDataBinder binder = new WebDataBinder(null, hasil.getObjectName());
		binder.setTargetType(ResolvableType.forClass(DataKendaraan.class));
		binder.setConversionService(konversi);
		kosongBerartiTidakDiisi(binder);
		binder.construct(new DataBinder.ValueResolver() {

			@Override
			public Object resolveValue(String nama, Class<?> jenis) {
				return terbaca.get(nama);
			}

			@Override
			public Set<String> getNames() {
				return terbaca.keySet();
			}
		});
		binder.setValidator(new SpringValidatorAdapter(validator));
		binder.validate();
		binder.getBindingResult().getFieldErrors().stream().filter(e -> hasil.getFieldError(e.getField()) == null).forEach(hasil::addError);
		return hasil;
	}

	/** A stored vehicle as the form's texts. */
	static Map<String, String> isian(DataKendaraan data) {
		Map<String, String> nilai = new HashMap<>();
		data.isian().forEach((isian, v) -> nilai.put(isian, v instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : v.toString()));
		return nilai;
	}

	private String tampilFormulir(Staf staf, Model model, Long id, Map<String, String> nilai, Map<String, String> galat) {
		model.addAttribute("id", id);
		model.addAttribute("nilai", nilai);
		model.addAttribute("galat", galat);
		model.addAttribute("daftarOpd", daftarOpd.semua().stream().filter(o -> staf.adminAtas(o.id())).toList());
		model.addAttribute("jenisBbm", JenisBbm.values());
		model.addAttribute("golongan", GolonganKendaraan.values());
		model.addAttribute("kondisi", KondisiKendaraan.values());
		model.addAttribute("status", StatusKendaraan.values());
		return "armada/formulir";
	}

	private Map<Long, String> namaOpd() {
		return daftarOpd.semua().stream().collect(Collectors.toMap(Opd::id, Opd::namaPendek, (a, b) -> a));
	}
}
