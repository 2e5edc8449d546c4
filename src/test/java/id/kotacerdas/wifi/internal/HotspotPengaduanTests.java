package id.kotacerdas.wifi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import id.kotacerdas.pengaduan.StatusPengaduan;

/** A hotspot follows the complaint "Wi-Fi mati" that marked it out of order, and only that one. */
class HotspotPengaduanTests {

	private static Hotspot hotspot(StatusHotspot status, String laporan) {
		return new Hotspot(7, "Wi-Fi Taman Nostalgia", JenisTempat.TAMAN, "53.71.04.1011", -10.1627, 123.6083, "Telkom Indonesia", "KupangKotaKasih",
				50, 450_000, new JamOperasional(EnumSet.allOf(DayOfWeek.class), null, null), status, "taman-nostalgia", null, null, false, null, null,
				laporan);
	}

	@Test
	void acceptedMarksItOutOfOrderAndOnlyThatReportsResolutionPutsItBack() {
		Hotspot.Perubahan diterima = hotspot(StatusHotspot.AKTIF, null).dariPengaduan("KPG-2026-000101", StatusPengaduan.DIVERIFIKASI);
		assertThat(diterima).isEqualTo(new Hotspot.Perubahan(StatusHotspot.GANGGUAN, "KPG-2026-000101"));
		Hotspot rusak = hotspot(StatusHotspot.GANGGUAN, "KPG-2026-000101");
		// a second report about the same outage neither takes it over nor, when resolved, ends the first one's
		assertThat(rusak.dariPengaduan("KPG-2026-000102", StatusPengaduan.DIPROSES)).isNull();
		assertThat(rusak.dariPengaduan("KPG-2026-000102", StatusPengaduan.SELESAI)).isNull();
		assertThat(rusak.dariPengaduan("KPG-2026-000102", StatusPengaduan.DITOLAK)).isNull();
		assertThat(rusak.dariPengaduan("KPG-2026-000101", StatusPengaduan.SELESAI)).isEqualTo(new Hotspot.Perubahan(StatusHotspot.AKTIF, null));
	}

	@Test
	void aRefusedReportUndoesWhatItSetAndAWithdrawnHotspotStaysWithdrawn() {
		assertThat(hotspot(StatusHotspot.GANGGUAN, "KPG-2026-000103").dariPengaduan("KPG-2026-000103", StatusPengaduan.BUKAN_WEWENANG))
			.isEqualTo(new Hotspot.Perubahan(StatusHotspot.AKTIF, null));
		// marked out of order by Kominfo itself: a resolved report with evidence puts it back
		assertThat(hotspot(StatusHotspot.GANGGUAN, null).dariPengaduan("KPG-2026-000104", StatusPengaduan.SELESAI))
			.isEqualTo(new Hotspot.Perubahan(StatusHotspot.AKTIF, null));
		assertThat(hotspot(StatusHotspot.NONAKTIF, null).dariPengaduan("KPG-2026-000105", StatusPengaduan.DIVERIFIKASI)).isNull();
		assertThat(hotspot(StatusHotspot.AKTIF, null).dariPengaduan("KPG-2026-000106", StatusPengaduan.BARU)).isNull();
	}
}
