// Evaluations: questionnaires, rounds, paper entry, analysis, reports, recommendations and the
// kiosk. What it offers other features: the questionnaire form a mentor trajectory's evaluation
// uses. Its pages, and the kiosk the gate shows, are in routes.ts.
export { answerErrors, QuestionnaireForm } from './QuestionnaireForm';
