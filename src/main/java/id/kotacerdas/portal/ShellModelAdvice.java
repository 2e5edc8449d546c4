package id.kotacerdas.portal;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.MenuStaf;

/** Supplies what {@code layout.html} shows on every server-rendered page. */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

	/** Up to this many entries stay on the bar itself (an employee's few); more go under the grouped Menu button. */
	private static final int MENU_DATAR_MAKS = 5;

	private final KotaProperties kota;

	private final AkunStaf akun;

	private final List<MenuStaf> menu;

	ShellModelAdvice(KotaProperties kota, AkunStaf akun, List<MenuStaf> menu) {
		this.kota = kota;
		this.akun = akun;
		this.menu = menu.stream().sorted(Comparator.comparingInt(MenuStaf::urutan)).toList();
	}

	@ModelAttribute
	void shell(Model model) {
		model.addAttribute("kota", kota);
		akun.stafSaatIni().ifPresentOrElse(staf -> {
			model.addAttribute("staf", staf);
			List<MenuStaf> boleh = menu.stream().filter(m -> m.peran().contains(staf.peran())).toList();
			if (boleh.size() <= MENU_DATAR_MAKS) {
				model.addAttribute("menuUtama", boleh);
				model.addAttribute("menuKelompok", Map.of());
				return;
			}
			Map<MenuStaf.Kelompok, List<MenuStaf>> milik = boleh.stream()
				.collect(Collectors.groupingBy(MenuStaf::kelompok, () -> new EnumMap<>(MenuStaf.Kelompok.class), Collectors.toList()));
			model.addAttribute("menuUtama", milik.getOrDefault(MenuStaf.Kelompok.UTAMA, List.of()));
			milik.remove(MenuStaf.Kelompok.UTAMA);
			model.addAttribute("menuKelompok", milik);
		}, () -> model.addAttribute("staf", null));
	}
}
