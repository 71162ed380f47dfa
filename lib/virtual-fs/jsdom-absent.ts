/** jsdom for the page's worker: SVG artifacts are not sanitised there, so none is published. */
export class JSDOM {
  constructor() {
    throw new Error('SVG artifacts are not published when a project is opened in the page')
  }
}
