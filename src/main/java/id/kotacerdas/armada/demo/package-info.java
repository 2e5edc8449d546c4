/** The small fleet of {@code --demo}: vehicles, places, a tracked trip and fuel purchases, entered through the other concerns' own use cases. */
package id.kotacerdas.armada.demo;
