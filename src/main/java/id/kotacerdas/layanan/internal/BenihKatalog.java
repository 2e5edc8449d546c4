package id.kotacerdas.layanan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.Peran;
import tools.jackson.databind.ObjectMapper;

/**
 * Seeds the catalogue from the city's file ({@code kc.layanan.katalog}) at start-up: a service not
 * stored yet is published (and its flow defined), stored ones keep their later edits. Agencies are
 * named by short name or full name, as in the city's agency file.
 */
@Component
class BenihKatalog {

	private static final Logger log = LoggerFactory.getLogger(BenihKatalog.class);

	/** The file: a list of services. */
	record Berkas(List<Entri> layanan) {
	}

	record Entri(String kode, String nama, String ringkasan, Tingkat tingkat, String opd, String unit, String klasifikasi, Standar standar,
			List<Isian> isian, List<DokumenSyarat> dokumen, List<EntriLangkah> langkah) {
	}

	record EntriLangkah(String nama, String opd, String unit, Peran peran, int batasHariKerja, List<String> persyaratan) {
	}

	private final KatalogLayanan katalog;

	private final DaftarOpd opd;

	private final LayananProperties properti;

	private final ObjectMapper json;

	BenihKatalog(KatalogLayanan katalog, DaftarOpd opd, LayananProperties properti, ObjectMapper json) {
		this.katalog = katalog;
		this.opd = opd;
		this.properti = properti;
		this.json = json;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(50)
	public void muat() {
		int baru = 0;
		for (Entri e : baca().layanan()) {
			if (katalog.muatBila(jenis(e))) {
				baru++;
			}
		}
		if (baru > 0) {
			log.info("Published {} services of the catalogue {}", baru, properti.katalog().getDescription());
		}
	}

	Berkas baca() {
		try (InputStream masuk = properti.katalog().getInputStream()) {
			return json.readValue(masuk, Berkas.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the service catalogue " + properti.katalog().getDescription(), ex);
		}
	}

	JenisLayanan jenis(Entri e) {
		List<Langkah> langkah = e.langkah().stream()
			.map(l -> new Langkah(l.nama(), opdId(l.opd()), l.unit(), l.peran(), l.batasHariKerja(), l.persyaratan()))
			.toList();
		return new JenisLayanan(null, e.kode(), e.nama(), e.ringkasan(), e.tingkat(), opdId(e.opd()), e.unit(), e.klasifikasi(), e.standar(),
				e.isian(), e.dokumen(), langkah, null, 0, true, 0);
	}

	private long opdId(String nama) {
		return opd.cariSingkatan(nama).or(() -> opd.semua().stream().filter(o -> o.nama().equalsIgnoreCase(nama)).findFirst())
			.map(Opd::id)
			.orElseThrow(() -> new IllegalStateException("the service catalogue names an unknown agency: " + nama));
	}
}
