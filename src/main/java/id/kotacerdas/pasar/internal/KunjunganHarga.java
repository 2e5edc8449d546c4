package id.kotacerdas.pasar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.opd.Opd;

/**
 * Price collection as the stall collector's visit uses it ({@code internal.lapak}): who may
 * record and supervise, and a few of today's prices sent through {@link LayananHarga}, so the
 * plausibility check, one observation per enumerator and day, and audited corrections hold for
 * prices noted at a stall exactly as on the price form.
 */
@Component
public class KunjunganHarga {

	public static final long HARGA_MAKS = LayananHarga.HARGA_MAKS;

	/** A commodity to pick, named as people say it, with its unit's message key. */
	public record Pilihan(long id, String nama, String kodeSatuan) {
	}

	/** One price noted at the stall, whole rupiah per the commodity's unit. */
	public record Harga(long komoditasId, long harga, boolean dikonfirmasi) {
	}

	/** Stored, or the reasons to ask the collector first. */
	public record Hasil(long komoditasId, boolean tersimpan, List<MessageSourceResolvable> alasan) {
	}

	private final LayananHarga layanan;

	private final HargaRepository repo;

	KunjunganHarga(LayananHarga layanan, HargaRepository repo) {
		this.layanan = layanan;
		this.repo = repo;
	}

	public boolean bolehMencatat(Staf staf) {
		return layanan.bolehMencatat(staf);
	}

	public boolean bolehMengawasi(Staf staf) {
		return layanan.bolehMengawasi(staf);
	}

	public String namaOpd() {
		return layanan.opdPasar().map(Opd::namaPendek).orElse("");
	}

	public LocalDate hariIni() {
		return layanan.hariIni();
	}

	public List<Pilihan> komoditas() {
		return repo.komoditas().stream().map(k -> new Pilihan(k.id(), k.namaLengkap(), "pasar.satuan." + k.satuan())).toList();
	}

	/** Today's prices of the market by the signed-in collector; joins the caller's transaction. */
	public List<Hasil> catat(Staf staf, long pasarId, List<Harga> harga) {
		List<LayananHarga.Entri> entri = harga.stream().map(h -> new LayananHarga.Entri(h.komoditasId(), h.harga(), null, h.dikonfirmasi())).toList();
		return layanan.kirim(staf, new LayananHarga.Kiriman(pasarId, layanan.hariIni(), entri)).stream()
			.map(h -> new Hasil(h.komoditasId(), h.tersimpan(), h.tersimpan() ? List.of() : alasan(h.penilaian())))
			.toList();
	}

	private static List<MessageSourceResolvable> alasan(Kewajaran.Penilaian p) {
		List<MessageSourceResolvable> alasan = new ArrayList<>();
		if (p.melebihiHet()) {
			alasan.add(new DefaultMessageSourceResolvable(new String[] { "pasar.catat.di-atas-het" }, new Object[] { p.het() }));
		}
		if (p.menyimpang()) {
			alasan.add(new DefaultMessageSourceResolvable(new String[] { "pasar.catat.menyimpang" }, new Object[] { p.rataRata() }));
		}
		return alasan;
	}
}
