/** Writing outputs safely: to a temporary file beside the target, then moved into place. */
package org.injectplan.io;
