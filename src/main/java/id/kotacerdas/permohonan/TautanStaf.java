package id.kotacerdas.permohonan;

import java.util.List;

/**
 * What a consumer module offers staff on the back office's page of an application
 * ({@code /staf/permohonan/{kode}}): its own view of the content it keeps (form answers, documents
 * to check). Shown only to staff who handle the application; the target checks access itself.
 * Each bean answers only for its own applications.
 */
public interface TautanStaf {

	List<TautanPemohon.Tautan> tautan(RingkasanPermohonan permohonan);
}
