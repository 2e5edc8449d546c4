package id.kotacerdas.notifikasi;

/** A message's text as its recipient gets it. */
public record TeksPesan(String subjek, String isi) {
}
