package id.kotacerdas.permohonan;

import java.util.Optional;

/**
 * A consumer module's condition for approving a step of its own applications, consulted by
 * {@link MesinPermohonan#setujui} whichever page approves (the engine's generic staff page or the
 * consumer's own), inside the approval's transaction. Each bean answers only for its own
 * applications and says nothing for the rest.
 */
public interface PenjagaPersetujuan {

	/**
	 * Why the current step may not be approved yet, or empty when it may.
	 *
	 * @return the bundle key of the reason and its arguments, e.g. the required documents not checked
	 */
	Optional<Alasan> tahan(RingkasanPermohonan permohonan);

	/** A refusal in words: a bundle key and its arguments. */
	record Alasan(String kodePesan, Object... argumen) {
	}
}
