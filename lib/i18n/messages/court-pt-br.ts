import type { courtMessagesEn } from './court-en'

/** Brazilian Portuguese messages of the Court view (spread into messages-pt-br.ts). */
export const courtMessagesPtBr: Record<keyof typeof courtMessagesEn, string> = {
  'court.colorBy': 'Colorir arremessos por',
  'court.colorBy.outcome': 'Resultado',
  'court.colorBy.probability': 'P(cesta)',
  'court.colorBy.error': 'Tipo de erro',
  'court.mode.overlay': 'Sobrepor',
  'court.hexValue': 'Cor do hexágono',
  'court.hexValue.count': 'Nº de arremessos',
  'court.hexValue.probability': 'P(cesta) média',
  'court.hexValue.fg': 'Aproveitamento',
  'court.hexValue.error': 'Taxa de erro',
  'court.overlayHint': 'Sobrepor desenha dev e prod na mesma quadra, uma cor por conjunto.',
  'court.hexHint':
    'Hexágonos de 3 pés. Médias exigem 3 arremessos no hexágono; o aproveitamento conta só arremessos com resultado conhecido.',
  'court.extent': 'Quadra',
  'court.extent.half': 'Meia quadra',
  'court.extent.full': 'Quadra inteira',
  'court.beyondHalf':
    '{count} arremessos de {dataset} de além do meio da quadra ficam fora desta vista: escolha Quadra inteira nos controles.',

  'court.summary':
    '{shots} arremessos de {dataset} ({labelled} rotulados) · {unlabelled} sem rótulo',
  'court.summaryFiltered': 'de {total} antes dos filtros',
  'court.positionsFromLatLng':
    '{count} arremessos de {dataset} posicionados por lat/lng: o arquivo não tem loc_x/loc_y para eles.',
  'court.unplaced':
    '{count} arremessos de {dataset} não têm posição (nem loc_x/loc_y nem lat/lng) e não são desenhados.',
  'court.noPositions':
    'Não há posição na quadra neste arquivo (nem loc_x/loc_y nem lat/lng): o mapa está indisponível.',
  'court.noProbability':
    'Não há coluna de probabilidade neste arquivo: colorir por P(cesta) ou por tipo de erro está indisponível.',
  'court.sampled':
    'Desenhando uma amostra uniforme de {drawn} destes {shots} arremessos, para o mapa redesenhar na hora; as contagens e os hexágonos usam todos os arremessos.',
  'court.autoHexbin':
    '{shots} arremessos de {dataset}: desenhados como hexágonos acima de {cap}, com tamanho pelo número de arremessos e cor como a dos arremessos.',
  'court.showPoints': 'Mostrar pontos (uma amostra de {cap} arremessos)',
  'court.badParam': '{param}={value} não é um de {allowed}; usando {fallback}.',

  'court.title.outcome': '{dataset}: arremessos por resultado',
  'court.title.probability': '{dataset}: probabilidade prevista de cesta',
  'court.title.error': '{dataset}: tipo de erro no limiar {threshold}',
  'court.title.count': '{dataset}: arremessos por hexágono',
  'court.title.meanProbability': '{dataset}: P(cesta) média por hexágono',
  'court.title.fg': '{dataset}: aproveitamento real por hexágono',
  'court.title.errorShare': '{dataset}: taxa de erro por hexágono no limiar {threshold}',
  'court.title.overlay': '{dataset} na mesma quadra',
  'court.description.error':
    'Um arremesso é previsto como cesta quando P(cesta) ≥ {threshold}. FN: convertido mas previsto errado.',

  'court.class.made': 'Convertido',
  'court.class.missed': 'Errado',
  'court.class.unlabelled': 'Sem rótulo',
  'court.class.tp': 'VP',
  'court.class.fp': 'FP',
  'court.class.fn': 'FN',
  'court.class.tn': 'VN',
  'court.class.unscored': 'Sem P(cesta)',
  'court.meaning.tp': 'convertido, previsto convertido',
  'court.meaning.fp': 'errado, previsto convertido',
  'court.meaning.fn': 'convertido, previsto errado',
  'court.meaning.tn': 'errado, previsto errado',
  'court.legend.item': '{label} {count}',
  'court.legend.itemMeaning': '{label} {count} ({meaning})',
  'court.legend.probability': 'P(cesta)',
  'court.legend.fg': 'Aproveitamento real',
  'court.legend.meanProbability': 'P(cesta) média',
  'court.legend.errorShare': 'Taxa de classificação errada',
  'court.legend.size': 'Tamanho: arremessos por hexágono, de {min} a {max}',

  'court.tip.shot': 'Arremesso {id}',
  'court.tip.opponent': 'contra {opponent}',
  'court.tip.distance': '{feet} pés',
  'court.tip.period': 'Período {period}',
  'court.tip.minutes': '{minutes} min restantes',
  'court.tip.probability': 'P(cesta) {p}',
  'court.tip.outcome': 'Resultado: {outcome}',
  'court.tip.error': 'No limiar {threshold}: {error}',
  'court.tip.unknown': 'desconhecido',
} as const
