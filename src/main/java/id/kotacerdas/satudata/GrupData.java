package id.kotacerdas.satudata;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import id.kotacerdas.platform.ElemenKotaCerdas;

/** CKAN groups are the masterplan's elements: the group name is the element's, lower case with '-'. */
public final class GrupData {

	private GrupData() {
	}

	public static String nama(ElemenKotaCerdas elemen) {
		return elemen.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<ElemenKotaCerdas> elemen(String nama) {
		return Arrays.stream(ElemenKotaCerdas.values()).filter(e -> nama(e).equals(nama)).findFirst();
	}
}
