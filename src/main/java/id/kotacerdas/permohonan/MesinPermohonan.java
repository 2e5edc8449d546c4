package id.kotacerdas.permohonan;

import java.util.List;
import java.util.Optional;

import id.kotacerdas.akun.Staf;

/**
 * The engine's API for the modules that run staged processes on it (SODAMOLEK services, UMKM
 * registration, event submissions, dataset publication). Refusals are
 * {@link id.kotacerdas.platform.PermintaanDitolakException}s with every reason in words (an
 * {@link id.kotacerdas.platform.IsianDitolakException} when there are several); a staff action on an
 * outdated {@code versi} answers 409 and changes nothing.
 */
public interface MesinPermohonan {

	/**
	 * Defines a flow, or returns the id of the same definition stored before. A changed definition
	 * replaces the stored one only while no application uses it (else 409): running applications
	 * keep the steps they were filed under.
	 */
	long tetapkanAlur(AlurBaru alur);

	/** Files an application in the flow's first step; notifies the applicant with the tracking code and private link. */
	TandaTerimaPermohonan ajukan(PermohonanBaru permohonan);

	/**
	 * Files at a counter on a citizen's behalf (assisted mode): the same checks and receipt as
	 * {@link #ajukan}, the operator named in the history and the audit log. Leadership may not (403).
	 */
	TandaTerimaPermohonan ajukanDiLoket(PermohonanBaru permohonan, Staf operator);

	Optional<RingkasanPermohonan> cari(String kode);

	/**
	 * The application whose private link this is, for a consumer's own applicant pages (e.g. replacing
	 * documents after a return); 404 for a wrong token, whether the code exists or not.
	 */
	RingkasanPermohonan cariDenganToken(String kode, String token);

	/**
	 * Who filed the application, for the consumer module that owns it and issues its product in the
	 * applicant's name (the holder of an issued document). Not for display: show the NIK masked.
	 */
	Optional<DataPemohon> pemohon(String kode);

	/** The step's owner approves: next step, or completed at the last. */
	RingkasanPermohonan setujui(String kode, int versi, Staf staf);

	/**
	 * Whether {@code staf} may approve or return the application's current step now, so a consumer's page offers the
	 * buttons only to those the engine would let act (others would meet a 403).
	 */
	boolean bolehBertindak(String kode, Staf staf);

	/** The step's owner returns it for revision: a reason and the missing items (from the step's requirement list or in words). */
	RingkasanPermohonan kembalikan(String kode, int versi, String alasan, List<String> kekurangan, Staf staf);

	/** The step's owner rejects it, with a reason. */
	RingkasanPermohonan tolak(String kode, int versi, String alasan, Staf staf);

	/** The applicant, by the private token, resubmits a returned application. */
	RingkasanPermohonan ajukanUlang(String kode, String token, String catatan);

	/** The applicant, by the private token, withdraws an open application. */
	RingkasanPermohonan batalkan(String kode, String token, String alasan);
}
