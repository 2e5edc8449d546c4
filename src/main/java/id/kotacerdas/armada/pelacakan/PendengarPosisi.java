package id.kotacerdas.armada.pelacakan;

import java.util.List;

/** Told of positions after they are committed (on the writer thread: return quickly). */
interface PendengarPosisi {

	void tersimpan(List<Posisi> posisi);
}
