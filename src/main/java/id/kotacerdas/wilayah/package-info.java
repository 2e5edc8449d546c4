/**
 * Regions of the city: kecamatan and kelurahan with Kemendagri codes, postal codes and
 * boundaries, and the lookup of the kelurahan containing a point. Loaded from data files so
 * another city can bring its own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package id.kotacerdas.wilayah;
