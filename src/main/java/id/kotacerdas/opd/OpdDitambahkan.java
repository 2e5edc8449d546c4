package id.kotacerdas.opd;

/** Published when an agency has been added to the city's register. */
public record OpdDitambahkan(long opdId) {
}
