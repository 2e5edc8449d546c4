package id.kotacerdas.armada.pelacakan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.armada.kendaraan.Kendaraan;
import id.kotacerdas.armada.kendaraan.KendaraanRepository;
import id.kotacerdas.platform.Siaran;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * Pushes position changes to open live maps (Server-Sent Events) on every instance. The writer
 * only marks vehicles as changed; every {@code kc.armada.interval-peta} the newest position of
 * each changed vehicle goes out through {@link Siaran} to all instances (this one included), so a
 * map costs the same whether a tracker reports every second or every minute, the writer never
 * waits on a browser, and a map open on instance B shows what instance A's tracker port received.
 * Each instance also keeps its {@link PosisiTerkini} current from these messages.
 */
@Component
class SiaranPosisi implements PendengarPosisi {

	static final long BATAS_WAKTU_MS = 30 * 60 * 1000L;

	static final String TOPIK = "armada.posisi";

	private static final Logger log = LoggerFactory.getLogger(SiaranPosisi.class);

	/** @param staf the viewer, who is sent the vehicles they may see */
	private record Penonton(SseEmitter emitter, Staf staf) {
	}

	private final List<Penonton> penonton = new CopyOnWriteArrayList<>();

	/** Stored here, not yet sent to the instances. */
	private final Map<Long, Posisi> berubah = new ConcurrentHashMap<>();

	private final KendaraanRepository kendaraan;

	private final PosisiTerkini terkini;

	private final Siaran siaran;

	private final ObjectMapper json;

	/**
	 * Browsers are written to here, never on the thread that hears the instances; announcing runs
	 * here too, off the application's shared scheduler, whose other jobs (a Wi-Fi probe waiting
	 * for its timeout) would delay the map.
	 */
	private final ScheduledExecutorService pengirim = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "siaran-posisi");
		t.setDaemon(true);
		return t;
	});

	private volatile Map<Long, Kendaraan> kenal = Map.of();

	SiaranPosisi(KendaraanRepository kendaraan, PosisiTerkini terkini, Siaran siaran, ObjectMapper json,
			@Value("${kc.armada.interval-peta:250ms}") Duration interval) {
		this.kendaraan = kendaraan;
		this.terkini = terkini;
		this.siaran = siaran;
		this.json = json;
		siaran.langgan(TOPIK, this::terima);
		pengirim.scheduleWithFixedDelay(this::umumkanTangguh, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	SseEmitter ikuti(Staf staf) {
		SseEmitter emitter = new SseEmitter(BATAS_WAKTU_MS);
		Penonton p = new Penonton(emitter, staf);
		penonton.add(p);
		emitter.onCompletion(() -> penonton.remove(p));
		emitter.onTimeout(() -> penonton.remove(p));
		emitter.onError(ex -> penonton.remove(p));
		try {
			// commits the response now, so the browser knows the stream is open
			emitter.send(SseEmitter.event().comment("tersambung"));
		}
		catch (IOException ex) {
			penonton.remove(p);
			emitter.completeWithError(ex);
		}
		return emitter;
	}

	/**
	 * Ends every open stream when shutdown begins: an open live map is a request that never
	 * finishes, and graceful shutdown would otherwise wait its full timeout for it.
	 */
	@EventListener(ContextClosedEvent.class)
	void tutup() {
		pengirim.shutdown();
		penonton.forEach(p -> p.emitter().complete());
		penonton.clear();
	}

	@Override
	public void tersimpan(List<Posisi> posisi) {
		// another instance may have a map open: what this one stores is always announced
		for (Posisi p : posisi) {
			berubah.merge(p.kendaraanId(), p, (lama, baru) -> baru.waktu().isAfter(lama.waktu()) ? baru : lama);
		}
	}

	/** Sends the changed vehicles' newest positions to every instance, in as few messages as fit. */
	/** A failed run (the database away) is logged; the next one runs as planned. */
	private void umumkanTangguh() {
		try {
			umumkan();
		}
		catch (RuntimeException ex) {
			log.warn("Announcing vehicle positions failed: {}", ex.toString());
		}
	}

	void umumkan() {
		if (berubah.isEmpty()) {
			return;
		}
		Map<Long, Posisi> kirim = new HashMap<>(berubah);
		kirim.forEach(berubah::remove);
		// the topic, its separator and the array's brackets take the rest of a message
		int ruang = Siaran.BATAS_BYTE - TOPIK.length() - 3;
		StringJoiner pesan = new StringJoiner(",", "[", "]");
		int terpakai = 0;
		for (Posisi p : kirim.values()) {
			String satu = json.writeValueAsString(p);
			if (panjang(satu) > ruang) {
				// a tracker's extra attributes can be long: the map does without them
				satu = json.writeValueAsString(tanpaAtribut(p));
			}
			if (terpakai > 0 && terpakai + 1 + panjang(satu) > ruang) {
				siaran.kirim(TOPIK, pesan.toString());
				pesan = new StringJoiner(",", "[", "]");
				terpakai = 0;
			}
			terpakai += (terpakai > 0 ? 1 : 0) + panjang(satu);
			pesan.add(satu);
		}
		siaran.kirim(TOPIK, pesan.toString());
	}

	private static int panjang(String teks) {
		return teks.getBytes(StandardCharsets.UTF_8).length;
	}

	private void terima(String isi) {
		List<Posisi> posisi;
		try {
			posisi = List.of(json.readValue(isi, Posisi[].class));
		}
		catch (JacksonException ex) {
			log.warn("Unreadable position message ignored: {}", ex.getOriginalMessage());
			return;
		}
		terkini.perbarui(posisi);
		if (!penonton.isEmpty()) {
			try {
				pengirim.execute(() -> kirim(posisi));
			}
			catch (RejectedExecutionException ex) {
				// shutting down: the maps are being closed anyway
			}
		}
	}

	private static Posisi tanpaAtribut(Posisi p) {
		return new Posisi(p.kendaraanId(), p.waktu(), p.diterima(), p.lat(), p.lon(), p.kecepatanKnot(), p.arah(), p.ketinggian(),
				p.akurasi(), p.valid(), p.jarakM(), Map.of());
	}

	private void kirim(List<Posisi> posisi) {
		Map<Long, Posisi> kirim = new HashMap<>();
		posisi.forEach(p -> kirim.put(p.kendaraanId(), p));
		if (!kenal.keySet().containsAll(kirim.keySet())) {
			Map<Long, Kendaraan> baru = new HashMap<>();
			kendaraan.daftar(null).forEach(k -> baru.put(k.id(), k));
			kenal = baru;
		}
		for (Penonton p : penonton) {
			List<PosisiController.PosisiJson> untuknya = kirim.values()
				.stream()
				.filter(pos -> kenal.containsKey(pos.kendaraanId()))
				.filter(pos -> p.staf().bolehMelihat(kenal.get(pos.kendaraanId()).opdId()))
				.map(pos -> PosisiController.PosisiJson.dari(pos, kenal.get(pos.kendaraanId())))
				.toList();
			if (untuknya.isEmpty()) {
				continue;
			}
			try {
				p.emitter().send(SseEmitter.event().name("posisi").data(untuknya, MediaType.APPLICATION_JSON));
			}
			catch (IOException | IllegalStateException ex) {
				penonton.remove(p);
			}
		}
	}
}
