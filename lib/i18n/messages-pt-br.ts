import { monitoringReasonsPtBr } from './messages/monitoring-reasons-pt-br'
import { comparisonMessagesPtBr } from './messages/comparison-pt-br'
import { timelineMessagesPtBr } from './messages/timeline-pt-br'
import { performanceMessagesPtBr } from './messages/performance-pt-br'
import { courtMessagesPtBr } from './messages/court-pt-br'
import { driftMessagesPtBr } from './messages/drift-pt-br'
import { overviewMessagesPtBr } from './messages/overview-pt-br'
import { whatIfMessagesPtBr } from './messages/what-if-pt-br'
import { runsMessagesPtBr } from './messages/runs-pt-br'
import { projectMessagesPtBr } from './messages/project-pt-br'
import type { Messages } from './messages-en'

/** Brazilian Portuguese messages. Typed as `Messages`: a missing or extra key is a type error. */
export const messagesPtBr: Messages = {
  ...performanceMessagesPtBr,
  ...comparisonMessagesPtBr,
  ...courtMessagesPtBr,
  ...driftMessagesPtBr,
  ...whatIfMessagesPtBr,
  ...overviewMessagesPtBr,
  ...runsMessagesPtBr,
  ...projectMessagesPtBr,
  ...monitoringReasonsPtBr,
  ...timelineMessagesPtBr,
  'app.name': 'Monitor de arremessos do Kobe',
  'app.shortName': 'Monitor Kobe',
  'app.tagline': 'O modelo de previsão de arremessos continua acertando em produção?',

  'nav.label': 'Páginas',
  'nav.overview': 'Visão geral',
  'nav.court': 'Mapa da quadra',
  'nav.performance': 'Desempenho',
  'nav.drift': 'Desvio de distribuição',
  'nav.runs': 'Execuções',
  'nav.whatIf': 'E se?',
  'nav.timeline': 'Evolução',

  'view.overview.title': 'Visão geral',
  'view.overview.description':
    'Como o modelo está se saindo em produção agora, e algo precisa de atenção?',
  'view.court.title': 'Mapa da quadra',
  'view.court.description': 'Onde na quadra estão os arremessos, e onde o modelo acerta ou erra?',
  'view.performance.title': 'Desempenho',
  'view.performance.description':
    'Quão bem o modelo separa cestas convertidas de arremessos errados em desenvolvimento e em produção, no limiar escolhido?',
  'view.drift.title': 'Desvio de distribuição',
  'view.drift.description':
    'Os arremessos de produção se parecem com os arremessos usados no treino, variável por variável?',
  'view.runs.title': 'Execuções',
  'view.runs.description':
    'Quais execuções de treino produziram quais modelos, com quais parâmetros e métricas?',
  'view.timeline.title': 'Evolução',
  'view.timeline.description':
    'Como a saúde do modelo mudou temporada a temporada e mês a mês, onde ele mais falha, e é hora de retreinar?',
  'view.whatIf.title': 'E se?',
  'view.whatIf.description': 'O que o modelo prevê para um arremesso que você descrever?',
  'view.placeholder': 'Esta página está em construção: os gráficos aparecerão aqui.',

  'shell.skipToContent': 'Pular para o conteúdo',
  'shell.language': 'Idioma',
  'shell.footer':
    'Painel estático: cada página é calculada durante o build a partir do repositório do MLflow.',

  'theme.dark': 'Tema escuro',
  'theme.switchToDark': 'Mudar para o tema escuro',
  'theme.switchToLight': 'Mudar para o tema claro',

  'sidebar.title': 'Controles',
  'sidebar.show': 'Mostrar controles',
  'sidebar.hide': 'Ocultar controles',

  'notice.title': 'Algumas configurações deste link não foram entendidas',
  'notice.dismiss': 'Fechar',

  'url.threshold': '{param}={value} não é um número entre 0 e 1; usando {fallback}.',
  'url.dataset': '{param}={value} não é dev, prod nem both; usando {fallback}.',
  'url.period': '{param}={value} não é um período de 1 a 7; ignorado.',
  'url.playoffs': '{param}={value} não é all, 0 nem 1; usando {fallback}.',
  'url.season':
    '{param}={value} não é uma temporada como 2000-01 (dois anos consecutivos); ignorado.',
  'url.seasonOrder':
    'O intervalo de temporadas começava depois de terminar ({value}); as duas pontas foram trocadas.',
  'url.zone': '{param}={value} não é uma zona de arremesso conhecida; ignorado.',
  'url.lang': '{param}={value} não é um idioma disponível (en, pt-BR); usando {fallback}.',
  'url.text': '{param}={value} está vazio ou é longo demais; ignorado.',
  'url.repeated': '{param} aparece mais de uma vez no link; usando o primeiro valor, {fallback}.',
  'url.viewParam': '{param}={value} foi ignorado: {reason}.',
  'url.reason.notShotId': 'não é um shot_id (um número inteiro)',
  'url.reason.notModelInput': 'não é uma entrada do modelo',
  'url.reason.notExperimentId':
    'não é um id de experimento (letras, dígitos, _ . : -, no máximo 200)',
  'url.reason.notRunId': 'não é um id de execução',
  'url.reason.tooManyCompared': 'no máximo {max} execuções são comparadas de uma vez',
  'url.reason.notSortColumn':
    'não é uma coluna para ordenar (por exemplo metrics.log_loss ou -start)',
  'url.reason.notRunStatus': 'não é um status de execução ({statuses})',
  'url.reason.onlyDeleted1': 'só deleted=1 é entendido',
  'url.reason.notColumn':
    'não é uma coluna (metrics.<chave>, params.<chave> ou um atributo da execução)',

  'control.threshold': 'Limiar de decisão',
  'control.threshold.help':
    'Um arremesso conta como previsto convertido quando a probabilidade prevista é pelo menos o limiar.',
  'control.dataset': 'Conjunto de dados',
  'control.model': 'Modelo',
  'control.run': 'Execução',

  'dataset.dev': 'Desenvolvimento',
  'dataset.prod': 'Produção',
  'dataset.both': 'Desenvolvimento e produção',
  'dataset.dev.long': 'Desenvolvimento (arremessos de 2 pontos, usados no treino)',
  'dataset.prod.long': 'Produção (arremessos de 3 pontos, avaliados em produção)',

  'filter.title': 'Filtros',
  'filter.reset': 'Limpar filtros',
  'filter.period': 'Período',
  'filter.playoffs': 'Jogos',
  'filter.season': 'Temporadas',
  'filter.seasonFrom': 'De',
  'filter.seasonTo': 'Até',
  'filter.seasonAny': 'Qualquer',
  'filter.zone': 'Zona do arremesso',
  'filter.allSelected': 'Nenhuma marcada significa todas.',

  'period.quarter': '{n}º quarto',
  'period.overtime': '{n}ª prorrogação',

  'playoffs.all': 'Todos os jogos',
  'playoffs.regular': 'Temporada regular',
  'playoffs.playoffs': 'Playoffs',

  'zone.restrictedArea': 'Área restrita',
  'zone.paint': 'Garrafão (fora da área restrita)',
  'zone.midRange': 'Meia distância',
  'zone.leftCorner3': 'Canto esquerdo (3 pontos)',
  'zone.rightCorner3': 'Canto direito (3 pontos)',
  'zone.aboveBreak3': 'Três pontos frontal',
  'zone.backcourt': 'Quadra de defesa',

  'metric.logLoss': 'Log loss (perda logarítmica)',
  'metric.f1': 'F1',
  'metric.accuracy': 'Acurácia',
  'metric.precision': 'Precisão',
  'metric.recall': 'Revocação (recall)',
  'metric.rocAuc': 'AUC ROC',
  'metric.brier': 'Escore de Brier',
  'metric.rows': 'Arremessos',
  'metric.labelled': 'Arremessos com resultado conhecido',

  'outcome.made': 'Convertido',
  'outcome.missed': 'Errado',
  'outcome.unknown': 'Resultado desconhecido',
  'outcome.correct': 'Acerto',
  'outcome.wrong': 'Erro',
  'outcome.hitsAndMisses': 'Acertos/Erros',
  'outcome.truePositive': 'Verdadeiro positivo',
  'outcome.falsePositive': 'Falso positivo',
  'outcome.trueNegative': 'Verdadeiro negativo',
  'outcome.falseNegative': 'Falso negativo',

  'chart.roc': 'Curva ROC',
  'chart.pr': 'Curva precisão–revocação',
  'chart.calibration': 'Diagrama de confiabilidade',
  'chart.confusion': 'Matriz de confusão',
  'chart.probability': 'Probabilidade prevista',
  'chart.metricsByThreshold': 'Métricas por limiar',
  'chart.shotDistance': 'Distância do arremesso (pés)',
  'chart.count': 'Contagem',

  'plot.downloadPng': 'Baixar PNG',
  'plot.downloading': 'Preparando PNG…',
  'plot.downloadFailed': 'Não foi possível gerar o PNG: {message}',
  'plot.loading': 'Carregando gráfico…',

  'court.loading': 'Carregando quadra…',
  'court.legend': 'Legenda',
  'court.mode': 'Exibição',
  'court.mode.points': 'Arremessos',
  'court.mode.hexbin': 'Densidade (hexágonos)',
  'court.hexbin.count': 'Arremessos por hexágono',
  'court.hexbin.mean': 'Média por hexágono',
  'court.hexbin.tooltip': '{count} arremessos',
  'court.hexbin.tooltipMean': '{count} arremessos, média {mean}',
  'court.hexbin.tooltipShare': '{count} arremessos; {share} dos {valued} com resultado conhecido',
  'court.location': 'Posição ({x}, {y}), a {distance} pés da cesta',
  'court.clickHint': 'Clique na quadra para escolher uma posição.',
  'court.shotsDrawn': '{count} arremessos desenhados em {ms} ms',

  'empty.noRows': 'Nenhum arremesso corresponde aos filtros.',
  'empty.noLabels':
    'Nenhum arremesso desta seleção tem resultado conhecido, então estas métricas não podem ser calculadas.',
  'unavailable.noProbabilityColumn':
    '{dataset}: o arquivo de previsões não tem coluna de probabilidade, então ROC, precisão–revocação, calibração, log loss e as métricas no limiar (incluindo F1) não podem ser calculadas',
  'empty.noProbability': 'Não há coluna de probabilidade neste arquivo: curva ROC indisponível.',
  'empty.noPredictions': 'Nenhum arquivo de previsões foi encontrado para esta execução.',
  'empty.noRuns': 'Nenhuma execução foi encontrada no repositório de rastreamento.',
  'empty.oneClass': 'Só há um resultado nesta seleção: a AUC ROC não está definida.',
  'empty.noData': 'Não há dados para desenhar.',
  'empty.noBuildData':
    'Este build não tem dados para esta visão: nenhuma predição, relatório de monitoramento ou repositório de rastreamento foi encontrado quando o site foi gerado (rode o pipeline ou aponte o build para o seu projeto).',

  'shell.noscript':
    'O JavaScript está desligado: os números abaixo são a visão padrão (sem filtros, limiar 0,5) calculada quando o site foi gerado; os gráficos, os filtros, o limiar e todas as outras partes interativas precisam de JavaScript.',

  'error.chart': 'Não foi possível desenhar este gráfico.',
  'error.details': 'Erro: {message}',
  'error.retry': 'Tentar de novo',

  'notFound.title': 'Página não encontrada',
  'notFound.body': 'Não existe nenhuma página neste endereço.',
  'notFound.back': 'Ir para a visão geral',
}
