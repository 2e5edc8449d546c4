package id.kotacerdas.dokumen;

import java.util.Optional;
import java.util.UUID;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.berkas.IsiBerkas;

/**
 * The module's API. Refusals are {@link id.kotacerdas.platform.PermintaanDitolakException}s with the
 * reasons in words ({@link id.kotacerdas.platform.IsianDitolakException} when there are several).
 */
public interface PenerbitDokumen {

	/**
	 * Defines a kind of document, or leaves a stored one as it is (its template may have been edited
	 * by the agency since): the same code again changes nothing.
	 */
	void tetapkanJenis(JenisDokumenBaru jenis);

	/**
	 * Issues a document: takes the next number of its register, renders the kind's template, signs
	 * it and stores it. Idempotent by {@code konsumenModul} + {@code konsumenRef}: asking again returns
	 * the document issued before (and finishes one whose issuing was interrupted, with its number).
	 * Call it with no transaction open.
	 */
	DokumenTerbit terbitkan(DokumenBaru baru);

	/** Revokes a document, with a reason: the agency's staff (or Kominfo's administrators); audited. */
	void cabut(UUID id, String alasan, Staf staf);

	/** An issued document by its id (also the one a consumer stored from {@link #terbitkan}). */
	Optional<DokumenTerbit> cari(UUID id);

	/** The issued document issued for a consumer's own reference, if any. */
	Optional<DokumenTerbit> cariKonsumen(String konsumenModul, String konsumenRef);

	/**
	 * The holder's download address within the site, {@code /v/{id}/unduh/{key}}: the key is a
	 * MAC of the id, so only someone given the link (the holder's private page) downloads the PDF.
	 */
	String tautanUnduh(UUID id);

	/** The signed PDF; 404 when there is none. */
	IsiBerkas baca(UUID id);
}
