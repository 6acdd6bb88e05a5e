/** Stage 1, load: finds seed files, decodes them strictly and reads their front matter. */
package io.github.briefwright.core.load;
