/**
 * Stored files of every module: photos re-encoded without their metadata (EXIF GPS, XMP,
 * comments) and with a thumbnail, PDF documents checked by their content, kept in the local folder
 * or an S3-compatible object store behind one interface, described in the {@code berkas} table.
 * <p>
 * The API is {@link id.kotacerdas.berkas.LayananBerkas}: a module stores an upload with no
 * transaction open (the heavy work runs on the platform's bounded pool), registers it in the
 * transaction that stores its own row, and reads it back after its own access check.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform" })
package id.kotacerdas.berkas;
