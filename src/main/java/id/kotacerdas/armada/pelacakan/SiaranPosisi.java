package id.kotacerdas.armada.pelacakan;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.armada.kendaraan.Kendaraan;
import id.kotacerdas.armada.kendaraan.KendaraanRepository;

/**
 * Pushes position changes to open live maps (Server-Sent Events). The writer only marks vehicles
 * as changed; once a second the newest position of each changed vehicle goes out, so a map costs
 * the same whether a tracker reports every second or every minute, and the writer never waits
 * on a browser.
 */
@Component
class SiaranPosisi implements PendengarPosisi {

	static final long BATAS_WAKTU_MS = 30 * 60 * 1000L;

	/** @param staf the viewer, who is sent the vehicles they may see */
	private record Penonton(SseEmitter emitter, Staf staf) {
	}

	private final List<Penonton> penonton = new CopyOnWriteArrayList<>();

	private final Map<Long, Posisi> berubah = new ConcurrentHashMap<>();

	private final KendaraanRepository kendaraan;

	private volatile Map<Long, Kendaraan> kenal = Map.of();

	SiaranPosisi(KendaraanRepository kendaraan) {
		this.kendaraan = kendaraan;
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
		penonton.forEach(p -> p.emitter().complete());
		penonton.clear();
	}

	@Override
	public void tersimpan(List<Posisi> posisi) {
		if (penonton.isEmpty()) {
			return;
		}
		for (Posisi p : posisi) {
			berubah.merge(p.kendaraanId(), p, (lama, baru) -> baru.waktu().isAfter(lama.waktu()) ? baru : lama);
		}
	}

	@Scheduled(fixedDelay = 1000)
	void kirim() {
		if (berubah.isEmpty() || penonton.isEmpty()) {
			return;
		}
		Map<Long, Posisi> kirim = new HashMap<>(berubah);
		kirim.keySet().forEach(berubah::remove);
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
