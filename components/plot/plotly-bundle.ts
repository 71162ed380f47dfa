'use client'

import Plotly from 'plotly.js/lib/core'
import bar from 'plotly.js/lib/bar'
import heatmap from 'plotly.js/lib/heatmap'
import histogram from 'plotly.js/lib/histogram'
import ptBr from 'plotly.js/lib/locales/pt-br'
import scattergl from 'plotly.js/lib/scattergl'

// The custom bundle: plotly's core (which includes scatter) plus the traces the views draw,
// and the Brazilian Portuguese locale for the modebar and number/date formats.
Plotly.register([bar, heatmap, histogram, scattergl, ptBr])

export default Plotly
