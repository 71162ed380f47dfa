import type { whatIfMessagesEn } from './what-if-en'

/** Brazilian Portuguese messages of the What-if view (spread into messages-pt-br.ts). */
export const whatIfMessagesPtBr: Record<keyof typeof whatIfMessagesEn, string> = {
  'whatIf.loading': 'Carregando o modelo servido…',
  'whatIf.noModel':
    'Nenhum modelo para servir: não há modelo gravado legível (pasta MLmodel ou model.json) no tracking store: execute `npm run pipeline`.',
  'whatIf.noStore':
    'Nenhum modelo para servir: nenhum tracking store do MLflow foi encontrado: execute `npm run pipeline`.',
  'whatIf.problemDetail': 'Detalhes: {detail}',
  'whatIf.modelFileError': 'Não foi possível ler data/model.json: {error}',
  'whatIf.notes': '{count} candidato(s) ignorado(s) na busca pelo modelo',

  'whatIf.form.title': 'O arremesso',
  'whatIf.form.help':
    'Digite valores, arraste os controles deslizantes ou clique na quadra: a probabilidade é atualizada enquanto você digita. O link guarda o arremesso.',
  'whatIf.form.reset': 'Voltar às medianas de desenvolvimento',
  'whatIf.range': 'válido de {min} a {max}',
  'whatIf.trainRange': 'desenvolvimento (treino) de {min} a {max}',
  'whatIf.devRange': 'desenvolvimento de {min} a {max}',
  'whatIf.slider': 'Controle deslizante de {label}',
  'whatIf.choose': '{label} (lista)',
  'whatIf.step': 'As setas alteram em {step}.',
  'whatIf.distanceMismatch':
    'A posição fica a {feet} pés da cesta, mas a distância do arremesso diz {typed} pés; o modelo usa ambos como estão.',
  'whatIf.distanceFromLocation': 'Usar {feet} pés',

  'whatIf.feature.lat': 'Latitude',
  'whatIf.feature.lng': 'Longitude',
  'whatIf.feature.minutes_remaining': 'Minutos restantes',
  'whatIf.feature.period': 'Período',
  'whatIf.feature.playoffs': 'Playoffs',
  'whatIf.feature.shot_distance': 'Distância do arremesso',
  'whatIf.unit.degrees': '°',
  'whatIf.unit.minutes': 'min',
  'whatIf.unit.feet': 'pés',
  'whatIf.playoffs.toggle': 'Jogo de playoffs',
  'whatIf.period.shortQuarter': '{n}ºQ',
  'whatIf.period.shortOvertime': 'P{n}',

  'whatIf.error.empty': '{field}: informe um valor de {min} a {max}.',
  'whatIf.error.not_number':
    '{field}: "{value}" não é um número; informe um valor de {min} a {max}.',
  'whatIf.error.out_of_range': '{field}: {value} está fora do intervalo válido de {min} a {max}.',
  'whatIf.error.not_integer': '{field}: {value} não é um número inteiro ({min} a {max}).',
  'whatIf.error.not_category': '{field}: "{value}" não é uma das categorias do modelo.',
  'whatIf.categories': 'uma das {count} categorias com que o modelo foi treinado',

  'whatIf.result.title': 'Previsão',
  'whatIf.result.probability': 'P(cesta)',
  'whatIf.result.classProbability': 'P(cesta): a classe "{label}" do modelo',
  'whatIf.result.score': 'Escore (saída de um regressor, limitada a [0, 1])',
  'whatIf.result.exact': 'exato: {value}',
  'whatIf.result.unavailable': 'Sem probabilidade: {reason}',
  'whatIf.result.predicted': 'Previsto com limiar {threshold}',
  'whatIf.result.extrapolating':
    'Fora do intervalo de desenvolvimento (treino): {list}. Aqui o modelo extrapola.',

  'whatIf.model.title': 'Modelo servido',
  'whatIf.model.registered': '{name} versão {version}',
  'whatIf.model.unregistered': 'Modelo não registrado',
  'whatIf.model.alias': 'alias {alias}',
  'whatIf.model.stage': 'estágio {stage}',
  'whatIf.model.run': 'Execução',
  'whatIf.model.type': 'Tipo',
  'whatIf.model.chosenBy': 'Escolhido como',
  'whatIf.model.chosenBy.alias': 'a versão com o alias “{alias}”',
  'whatIf.model.chosenBy.latest_version':
    'a versão registrada mais recente (nenhuma versão tem o alias “{alias}”)',
  'whatIf.model.chosenBy.older_version':
    'uma versão registrada mais antiga (as mais novas não têm arquivo de modelo legível)',
  'whatIf.model.chosenBy.newest_run':
    'a execução mais recente com arquivo de modelo (nenhuma versão registrada tem um)',
  'whatIf.model.chosenBy.other_run': 'outra execução com arquivo de modelo (não registrada)',
  'whatIf.model.chosenBy.selected':
    'a escolha na lista Modelo (por padrão a página serve {served})',
  'whatIf.model.titleSelected': 'Modelo selecionado',
  'whatIf.selector.label': 'Modelo',
  'whatIf.selector.help':
    '{count} modelos no tracking store (versões registradas primeiro, depois execuções com um modelo gravado); o primeiro é o servido em produção.',
  'whatIf.unloadable.title': '{count} modelo(s) gravado(s) não puderam ser carregados',
  'whatIf.selector.registered': '{name} v{version}',
  'whatIf.selector.unregistered': 'execução {run}',
  'whatIf.selector.unknown': 'Não há modelo “{value}” neste build: mostrando o modelo servido.',
  'whatIf.shot.otherModel':
    'Diferem em {diff}: este arquivo foi pontuado pelo modelo servido ({served}), não pelo selecionado.',
  'whatIf.model.reason': 'Por que este modelo',

  'whatIf.shot.title': 'Partir de um arremesso real de produção',
  'whatIf.shot.label': 'shot_id de produção',
  'whatIf.shot.load': 'Carregar arremesso',
  'whatIf.shot.random': 'Arremesso de produção aleatório',
  'whatIf.shot.help':
    '{count} arremessos de produção (3 pontos), por exemplo {example}. Carregar um copia suas seis entradas para o formulário.',
  'whatIf.shot.notFound': 'O shot_id {id} não está entre os {count} arremessos de produção.',
  'whatIf.shot.noIds':
    'O arquivo de produção não tem a coluna shot_id: não é possível partir de um arremesso real.',
  'whatIf.shot.loading': 'Carregando os arremessos de produção…',
  'whatIf.shot.caption': 'Arremesso {id}',
  'whatIf.shot.outcome': 'Resultado real',
  'whatIf.shot.stored': 'prediction_score no arquivo de previsões de produção',
  'whatIf.shot.live': 'P(cesta) calculada aqui',
  'whatIf.shot.agree': 'Iguais (diferença {diff}): a página executa o mesmo modelo que o pipeline.',
  'whatIf.shot.disagree': 'Diferem em {diff}: o modelo servido não é o que pontuou este arquivo.',
  'whatIf.shot.edited':
    'O formulário mudou depois de carregar o arremesso {id}: a pontuação armazenada não se aplica mais.',
  'whatIf.shot.noScore': 'O arquivo de produção não tem pontuação para este arremesso.',

  'whatIf.court.title': 'Clique na quadra para posicionar o arremesso',
  'whatIf.court.description':
    'Pontos: arremessos de desenvolvimento (2 pontos) com que o modelo aprendeu e de produção (3 pontos) que ele avalia. Um clique define latitude, longitude e distância.',
  'whatIf.court.marker': 'Arremesso hipotético',
  'whatIf.court.full': 'A quadra inteira aparece porque o arremesso está além do meio da quadra.',

  'whatIf.curves.title': 'Como P(cesta) varia com cada entrada',
  'whatIf.curves.help':
    'Cada gráfico varia uma entrada ao longo do intervalo válido, mantendo as outras com os valores do formulário (dependência parcial unidimensional). Sombreado: intervalo de desenvolvimento (treino); pontilhado: limiar de decisão; tracejado: este arremesso.',
  'whatIf.curves.invalid': 'Corrija o formulário para desenhar as curvas: {reason}',
  'whatIf.curve.title': 'P(cesta) em função de {feature}',
  'whatIf.curve.probability': 'P(cesta)',
  'whatIf.curve.current': 'Este arremesso',
  'whatIf.curve.threshold': 'limiar {value}',
  'whatIf.curve.trainRange': 'faixa de treino (desenv.)',
}
