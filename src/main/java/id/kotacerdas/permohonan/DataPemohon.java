package id.kotacerdas.permohonan;

/**
 * Who filed an application and for what, as the consumer module that owns it reads them to issue its
 * product in the applicant's name. Personal data: not for display (show the NIK masked).
 */
public record DataPemohon(String kode, String perihal, Pemohon pemohon) {
}
